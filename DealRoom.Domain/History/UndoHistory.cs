using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.History;

/// <summary>
/// A person's undo and redo in a room, read from the op log alone (so they survive a reload and a restart): each of
/// their own edits is a change on the undo stack and empties the redo stack; an <see cref="Undo"/> step moves the
/// top change to the redo stack as the batch that undid it; a <see cref="Redo"/> step moves it back as the batch that
/// redid it. Undoing a redo batch undoes the change again, so every step is "invert this batch". A
/// <see cref="GroupChanges"/> of theirs joins their last few edits into one change (a tidy-up, a restore, an import).
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
                case GroupChanges group:
                    Group(undo, group.Count);
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

    /// <summary>
    /// Joins the top <paramref name="count"/> changes into one when each is a single edit and they follow each other in
    /// the log with nobody else's operation between them (undo rebuilds a change by replaying it on the room before
    /// it); otherwise they stay separate changes, each undone on its own.
    /// </summary>
    private static void Group(List<UndoBatch> undo, int count)
    {
        if (count < 2 || count > undo.Count)
        {
            return;
        }

        var top = undo.GetRange(undo.Count - count, count);
        for (var k = 0; k < top.Count; k++)
        {
            if (top[k].Operations.Count != 1 || (k > 0 && top[k].FirstVersion != top[k - 1].LastVersion + 1))
            {
                return;
            }
        }

        undo.RemoveRange(undo.Count - count, count);
        undo.Add(new UndoBatch(top.Select(b => b.Operations[0]).ToList()));
    }

    private static void Pop(List<UndoBatch> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
