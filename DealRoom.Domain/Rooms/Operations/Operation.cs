namespace DealRoom.Domain.Rooms.Operations;

/// <summary>
/// An edit to a room: a small immutable command that the room's session validates and applies in one total order.
/// <see cref="Type"/> is the operation's wire name in the protocol.
/// </summary>
public abstract record Operation
{
    /// <summary>The wire name, e.g. "addStakeholder".</summary>
    public abstract string Type { get; }
}

/// <summary>Field values by wire name, as canonical text (null clears an optional field).</summary>
public static class FieldValues
{
    public static readonly IReadOnlyDictionary<string, string?> None = new Dictionary<string, string?>();
}
