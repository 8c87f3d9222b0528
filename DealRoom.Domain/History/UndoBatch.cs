using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.History;

/// <summary>
/// One change as undo sees it: consecutive committed operations (one edit, or the operations of an undo or redo step
/// with the step itself last). Its effect is the difference between the room before <see cref="FirstVersion"/> and
/// after <see cref="LastVersion"/>.
/// </summary>
public sealed record UndoBatch(IReadOnlyList<CommittedOperation> Operations)
{
    public long FirstVersion => Operations[0].Version;

    public long LastVersion => Operations[^1].Version;
}

/// <summary>A person's undo and redo stacks in a room; the top of each is its last entry.</summary>
public sealed record UndoStacks(IReadOnlyList<UndoBatch> Undo, IReadOnlyList<UndoBatch> Redo)
{
    public bool CanUndo => Undo.Count > 0;

    public bool CanRedo => Redo.Count > 0;
}
