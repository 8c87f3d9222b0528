using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Rooms;

/// <summary>
/// The outcome of applying an operation: the new state and the operation in canonical form (what is logged and
/// broadcast), or the error that refused it and left the state untouched.
/// </summary>
public sealed record ApplyResult(RoomState? State, Operation? Applied, RoomError? Error)
{
    public bool Succeeded => Error is null;

    public static ApplyResult Ok(RoomState state, Operation applied) => new(state, applied, null);

    public static ApplyResult Fail(RoomError error) => new(null, null, error);
}
