using DealRoom.Domain.Audience;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Undo and redo inside the room's round: the sender's stacks are read from the op log (<see cref="UndoHistory"/>),
/// the change on top is rebuilt from the log (the state before it, replayed through it), and its inverse is planned
/// against the state the step meets (<see cref="RoomUndo"/>) and applied as ordinary operations followed by the step
/// itself. Nothing can change the room between planning and applying: both happen in the same round.
/// </summary>
public sealed partial class RoomSession
{
    /// <summary>The sender's undo and redo as the op log has them now: for buttons, before anything is sent.</summary>
    public async Task<UndoStacks> GetUndoStacksAsync(string authorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorId);
        var history = await ReadUndoHistoryAsync(_state.Version, cancellationToken).ConfigureAwait(false);
        return UndoHistory.Stacks(history, authorId);
    }

    /// <summary>Each undo or redo alone; the operations between them in runs, in their order.</summary>
    private static IEnumerable<List<WorkItem>> SplitAtUndoSteps(List<WorkItem> batch)
    {
        var run = new List<WorkItem>(batch.Count);
        foreach (var item in batch)
        {
            if (item.Submission!.Operation is UndoStep)
            {
                if (run.Count > 0)
                {
                    yield return run;
                    run = [];
                }

                yield return [item];
            }
            else
            {
                run.Add(item);
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>For a batch that is one undo or redo: the change it takes back, rebuilt from the op log; else null.</summary>
    private async Task<PreparedUndo?> PrepareUndoAsync(List<WorkItem> batch)
    {
        if (batch is not [{ Submission: { Operation: UndoStep step } submission }] || _recent.VersionOf(submission.OpId) is not null)
        {
            return null;
        }

        var head = _state;
        var history = await ReadUndoHistoryAsync(head.Version, CancellationToken.None).ConfigureAwait(false);
        var stacks = UndoHistory.Stacks(history, submission.Author.Id);
        var stack = step is Redo ? stacks.Redo : stacks.Undo;
        if (stack.Count == 0)
        {
            return new PreparedUndo(null, head, head);
        }

        var target = stack[^1];
        var before = await _log.LoadAtAsync(RoomId, target.FirstVersion - 1, CancellationToken.None).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Room {RoomId}: the op log does not reach version {target.FirstVersion - 1}.");
        return new PreparedUndo(target, before, RoomReplay.Replay(before, target.Operations));
    }

    /// <summary>
    /// Applies the inverse of the prepared change to <paramref name="state"/>, then the step itself with the number of
    /// operations it applied (all of them may have been skipped: the step is still logged, so the stacks move on).
    /// </summary>
    private (RoomState State, SubmitResult Result) ApplyUndoStep(
        Submission submission, UndoStep step, PreparedUndo? prepared, RoomState state, OperationContext context,
        List<CommittedOperation> committed, List<RoomState> states)
    {
        if (prepared?.Target is not { } target)
        {
            var error = step is Redo
                ? new RoomError(ErrorCodes.NothingToRedo, "There is nothing of yours to redo here.")
                : new RoomError(ErrorCodes.NothingToUndo, "There is nothing of yours to undo here.");
            return (state, new SubmitResult(submission.OpId, state.Version, error));
        }

        var plan = RoomUndo.Plan(prepared.Before, prepared.After, state);
        var skipped = new List<UndoSkip>(plan.Skipped);
        var count = 0;
        foreach (var operation in plan.Operations)
        {
            var refusal = submission.Grant?.Check(state, operation);
            var applied = refusal is null ? state.Apply(operation, context) : null;
            if (refusal is not null || applied?.Error is not null)
            {
                var error = refusal ?? applied!.Error!;
                skipped.Add(new UndoSkip(error.ElementId ?? OperationElements.ElementOf(operation), error.Field, error.Code, error.Message));
                continue;
            }

            state = applied!.State!;
            states.Add(state);
            committed.Add(new CommittedOperation(state.Version, Ids.New("undo"), context.AuthorId, context.AuthorName, context.At, applied.Applied!));
            count++;
        }

        var marked = state.Apply(step with { Target = target.LastVersion, Count = count }, context);
        state = marked.State ?? throw new InvalidOperationException($"Room {RoomId}: an undo step was refused ({marked.Error?.Code}).");
        states.Add(state);
        committed.Add(new CommittedOperation(state.Version, submission.OpId, context.AuthorId, context.AuthorName, context.At, marked.Applied!));

        // A customer hears only about what their projection holds.
        var told = submission.Grant?.IsCustomer == true
            ? skipped.Where(s => s.ElementId is { } id && (CustomerProjection.SeesElement(state, id) || CustomerProjection.SeesElement(prepared.Before, id))).ToList()
            : skipped;
        return (state, new SubmitResult(submission.OpId, state.Version, null) { Skipped = told });
    }

    /// <summary>The op log's last stretch, as far back as the session keeps operations: how far undo reaches.</summary>
    private async Task<IReadOnlyList<CommittedOperation>> ReadUndoHistoryAsync(long head, CancellationToken cancellationToken)
    {
        var from = Math.Max(0, head - _options.RecentOperations);
        if (_recent.TryGetSince(from, head, out var operations))
        {
            return operations;
        }

        return await _log.ReadSinceAsync(RoomId, from, (int)(head - from), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change an undo or redo takes back: null when the stack is empty.</summary>
    private sealed record PreparedUndo(UndoBatch? Target, RoomState Before, RoomState After);
}
