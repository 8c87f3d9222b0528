using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Fields;

/// <summary>
/// One editable field of an element: its wire name, kind, how to read its canonical text, and how to set it
/// from text (returning the updated element and the value's canonical text, or an error).
/// </summary>
public sealed record FieldDefinition<T>(
    string Name,
    FieldKind Kind,
    bool Required,
    Func<T, string?> Read,
    Func<T, string?, FieldWrite<T>> Write,
    IReadOnlyList<string>? AllowedValues = null,
    string? Constraint = null);

/// <summary>The outcome of writing one field: the new element and canonical value, or an error.</summary>
public readonly record struct FieldWrite<T>(T? Value, string? Canonical, RoomError? Error)
{
    public static FieldWrite<T> Ok(T value, string? canonical) => new(value, canonical, null);

    public static FieldWrite<T> Fail(RoomError error) => new(default, null, error);
}
