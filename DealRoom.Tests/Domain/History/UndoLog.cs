using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.History;

/// <summary>
/// An op log in memory with the state after every version, doing undo and redo the way the room session does:
/// the step's target from <see cref="UndoHistory"/>, the plan from <see cref="RoomUndo"/> against the head, the
/// plan's operations applied, then the step itself logged with their count.
/// </summary>
internal sealed class UndoLog
{
    private readonly List<CommittedOperation> _log = [];
    private readonly List<RoomState> _states = [];

    public UndoLog(RoomState start)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(start.Version, 0L);
        _states.Add(start);
    }

    public RoomState State => _states[^1];

    public IReadOnlyList<CommittedOperation> Log => _log;

    public UndoLog By(string author, params Operation[] operations)
    {
        foreach (var operation in operations)
        {
            Commit(author, operation);
        }

        return this;
    }

    /// <summary>Undoes (or redoes) the author's last change; null when there was nothing to undo.</summary>
    public UndoPlan? Undo(string author, bool redo = false)
    {
        var stacks = UndoHistory.Stacks(_log, author);
        var stack = redo ? stacks.Redo : stacks.Undo;
        if (stack.Count == 0)
        {
            return null;
        }

        var target = stack[^1];
        var plan = RoomUndo.Plan(_states[(int)target.FirstVersion - 1], _states[(int)target.LastVersion], State);
        foreach (var operation in plan.Operations)
        {
            Commit(author, operation);
        }

        UndoStep step = redo ? new Redo() : new Undo();
        Commit(author, step with { Target = target.LastVersion, Count = plan.Operations.Count });
        return plan;
    }

    public UndoPlan? Redo(string author) => Undo(author, redo: true);

    private void Commit(string author, Operation operation)
    {
        var context = RoomBuilder.Context with { AuthorId = author, AuthorName = author };
        var result = State.Apply(operation, context);
        Assert.True(result.Succeeded, $"{operation.Type} was refused: {result.Error?.Code} {result.Error?.Message}");
        _states.Add(result.State!);
        _log.Add(new CommittedOperation(result.State!.Version, $"op-{result.State.Version}", author, author, context.At, result.Applied!));
    }
}
