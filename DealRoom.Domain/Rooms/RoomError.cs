namespace DealRoom.Domain.Rooms;

/// <summary>
/// Why an operation was refused: a stable machine-readable <see cref="Code"/> (see <see cref="ErrorCodes"/>)
/// and a plain-language message for the person who caused it.
/// </summary>
public sealed record RoomError(string Code, string Message, string? Field = null, string? ElementId = null);
