using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.History;

/// <summary>
/// A person's undo and redo in a room, read from the op log alone (so they survive a reload and a restart): each of
/// their own edits is a change on the undo stack and empties the redo stack; an <see cref="Undo"/> step moves the
/// top change to the redo stack as the batch that undid it; a <see cref="Redo"/> step moves it back as the batch that
/// redid it. Undoing a redo batch undoes the change again, so every step is "invert this batch".
/// Phase changes, gap acknowledgements and iterations are not edits of the maps and are not undone.
/// </summary>
public static class UndoHistory
{
    /// <summary>The person's undo and redo stacks (top last), from a stretch of the op log that ends at its head.</summary>
    public static UndoStacks Stacks(IReadOnlyList<CommittedOperation> log, string authorId)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(authorId);
        var undo = new List<UndoBatch>();
        var redo = new List<UndoBatch>();

        // The operations a step applied come just before it: mark them first, so they are not read as edits.
        var inStep = new HashSet<long>();
        foreach (var op in log)
        {
            if (op.Operation is UndoStep { Count: > 0 } step)
            {
                for (var v = op.Version - step.Count.Value; v < op.Version; v++)
                {
                    inStep.Add(v);
                }
            }
        }

        for (var i = 0; i < log.Count; i++)
        {
            var op = log[i];
            if (!string.Equals(op.AuthorId, authorId, StringComparison.Ordinal) || inStep.Contains(op.Version))
            {
                continue;
            }

            switch (op.Operation)
            {
                case Undo step:
                    Pop(undo);
                    redo.Add(BatchEndingAt(log, i, step));
                    break;
                case Redo step:
                    Pop(redo);
                    undo.Add(BatchEndingAt(log, i, step));
                    break;
                case var edit when IsEdit(edit):
                    undo.Add(new UndoBatch([op]));
                    redo.Clear();
                    break;
            }
        }

        return new UndoStacks(undo, redo);
    }

    /// <summary>True for the operations a person can undo: adds, field edits, moves and deletes on either map.</summary>
    public static bool IsEdit(Operation operation) =>
        operation is AddStakeholder or AddTeamMember or AddVisionElement or AddRelationship or AddCoverage or AddVisionLink
            or AddEndorsement or UpdateElement or UpdateRoom or MoveNode or RemoveElement;

    private static UndoBatch BatchEndingAt(IReadOnlyList<CommittedOperation> log, int stepIndex, UndoStep step)
    {
        var first = Math.Max(0, stepIndex - (step.Count ?? 0));
        var operations = new List<CommittedOperation>(stepIndex - first + 1);
        for (var j = first; j <= stepIndex; j++)
        {
            operations.Add(log[j]);
        }

        return new UndoBatch(operations);
    }

    private static void Pop(List<UndoBatch> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
