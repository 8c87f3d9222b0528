namespace DealRoom.Domain.History;

/// <summary>
/// A part of an undo or redo that was left as it is, and why: someone else changed it since
/// (<see cref="Rooms.ErrorCodes.ChangedSince"/>), it is gone or already back (<see cref="Rooms.ErrorCodes.NotFound"/>,
/// <see cref="Rooms.ErrorCodes.DuplicateId"/>), or the sender may not change it (<see cref="Rooms.ErrorCodes.Forbidden"/>).
/// </summary>
/// <param name="ElementId">The element concerned (null for the room's own fields).</param>
/// <param name="Field">The field left as it is ("position" for a move), or null for the whole element.</param>
public sealed record UndoSkip(string? ElementId, string? Field, string Code, string Message);
