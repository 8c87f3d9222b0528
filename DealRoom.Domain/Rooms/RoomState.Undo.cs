using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Rooms;

public sealed partial record RoomState
{
    /// <summary>
    /// An undo or redo step changes nothing: the operations logged just before it did. It only has to say sensibly
    /// how many of them it covers, so the op log can be read back into each person's undo and redo.
    /// </summary>
    private ApplyResult ApplyUndoStep(UndoStep op)
    {
        var count = op.Count ?? 0;
        if (count < 0 || count > Version)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.OutOfRange, $"An undo step covers 0 to {Version} operations before it.", "count"));
        }

        if (op.Target is < 0 || op.Target > Version)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.OutOfRange, $"An undo step's target is a version from 0 to {Version}.", "target"));
        }

        return ApplyResult.Ok(this, op with { Count = count });
    }

    /// <summary>A group of changes changes nothing either; it only has to join at least two and not too many.</summary>
    private ApplyResult ApplyGroupChanges(GroupChanges op) =>
        op.Count is < 2 or > GroupChanges.MaxCount
            ? ApplyResult.Fail(new RoomError(ErrorCodes.OutOfRange, $"A group joins 2 to {GroupChanges.MaxCount} changes.", "count"))
            : ApplyResult.Ok(this, op);
}
