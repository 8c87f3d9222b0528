using System.Diagnostics;
using DealRoom.Domain.Experts;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Infrastructure;

namespace DealRoom.Web.Collaboration;

/// <summary>The room's rounds: take a batch, check and apply it in order, commit it, answer, publish.</summary>
public sealed partial class RoomSession
{
    /// <summary>One round of the room's single sequencer: up to a batch of queued work, in order. Never throws.</summary>
    private async Task RunRoundAsync()
    {
        var batch = new List<WorkItem>(_options.MaxBatch);
        var syncs = new List<WorkItem>();
        var remote = new List<IReadOnlyList<CommittedOperation>>();
        var refreshes = new List<WorkItem>();
        while (batch.Count < _options.MaxBatch && _queue.Reader.TryRead(out var item))
        {
            if (item.Experts is { } experts)
            {
                _experts = experts;
                refreshes.Add(item);
            }
            else if (item.Remote is { } committed)
            {
                remote.Add(committed);
            }
            else if (item.Submission is null)
            {
                syncs.Add(item);
            }
            else
            {
                batch.Add(item);
            }
        }

        try
        {
            // Another node's commits, carried by the room bus: a read of the op log only when they leave a gap.
            if (remote.Count > 0 && !await TakeInRemoteAsync(remote).ConfigureAwait(false) && syncs.Count == 0)
            {
                syncs.Add(WorkItem.Sync);
            }

            if (syncs.Count > 0)
            {
                try
                {
                    await CatchUpFromStoreAsync().ConfigureAwait(false);
                }
                finally
                {
                    foreach (var sync in syncs)
                    {
                        sync.Completion.TrySetResult(default!);
                    }
                }
            }

            // An undo or redo is sequenced on its own: it reads the op log before it is applied.
            foreach (var segment in SplitAtUndoSteps(batch))
            {
                await ProcessBatchAsync(segment).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            LogBatchFailed(ex, RoomId, batch.Count);
            var error = new RoomError(ErrorCodes.Unavailable, "The room could not save this change; nothing was applied. Try again.");
            foreach (var item in batch)
            {
                item.Completion.TrySetResult(new SubmitResult(item.Submission!.OpId, _state.Version, error));
            }
        }

        // New directory facts are taken whatever became of the batch; the gaps are evaluated with them after it.
        await FinishRefreshesAsync(refreshes).ConfigureAwait(false);
    }

    private async Task ProcessBatchAsync(List<WorkItem> batch)
    {
        foreach (var item in batch)
        {
            _metrics.QueueWait.Record(RoomMetrics.Since(item.Queued));
        }

        for (var attempt = 0; ; attempt++)
        {
            var undo = await PrepareUndoAsync(batch).ConfigureAwait(false);
            var state = _state;
            var committed = new List<CommittedOperation>(batch.Count);
            var states = new List<RoomState>(batch.Count);
            var results = new SubmitResult[batch.Count];
            var inBatch = new Dictionary<string, long>(StringComparer.Ordinal);
            var now = _clock.GetUtcNow();
            for (var i = 0; i < batch.Count; i++)
            {
                var submission = batch[i].Submission!;
                if (_recent.VersionOf(submission.OpId) is { } known || inBatch.TryGetValue(submission.OpId, out known))
                {
                    results[i] = new SubmitResult(submission.OpId, known, null, Duplicate: true);
                    continue;
                }

                // Rights are checked here, against the state the operation is applied to, for every path into the room.
                if (submission.Grant?.Check(state, submission.Operation) is { } forbidden)
                {
                    results[i] = new SubmitResult(submission.OpId, state.Version, forbidden);
                    continue;
                }

                var context = new OperationContext(submission.Author.Id, submission.Author.Name, now);
                if (submission.Operation is Domain.Rooms.Operations.UndoStep step)
                {
                    (state, results[i]) = ApplyUndoStep(submission, step, undo, state, context, committed, states);
                    if (results[i].Accepted)
                    {
                        inBatch[submission.OpId] = state.Version;
                    }

                    continue;
                }

                var applied = state.Apply(submission.Operation, context);
                if (!applied.Succeeded)
                {
                    results[i] = new SubmitResult(submission.OpId, state.Version, applied.Error);
                    continue;
                }

                state = applied.State!;
                states.Add(state);
                inBatch[submission.OpId] = state.Version;
                committed.Add(new CommittedOperation(state.Version, submission.OpId, submission.Author.Id, submission.Author.Name, now, applied.Applied!));
                results[i] = new SubmitResult(submission.OpId, state.Version, null);
            }

            try
            {
                var writing = Stopwatch.GetTimestamp();
                Operations.LatencyTrace.Mark("session.append");
                await _log.AppendAsync(RoomId, committed).ConfigureAwait(false);
                Operations.LatencyTrace.Mark("session.appended");
                _metrics.Commit.Record(RoomMetrics.Since(writing));
            }
            catch (OpLogConflictException ex) when (attempt < MaxConflictRetries)
            {
                LogConflict(ex, RoomId, attempt);
                _counters.Conflict();

                // Catch up and retry at once: the other node keeps committing to this room, so waiting only widens
                // the window it can win again. After a few lost rounds, a jitter of a millisecond or two breaks a tie.
                if (attempt >= 3)
                {
                    await Task.Delay(Random.Shared.Next(1, 3)).ConfigureAwait(false);
                }

                // The catch-up registers every opId the other node committed since our version, so a resubmission
                // that the other node already took is answered as a duplicate on the retry, with no query per opId.
                await CatchUpFromStoreAsync().ConfigureAwait(false);
                continue;
            }

            var before = _state;
            _state = state;
            _recent.AddRange(committed);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }

            if (committed.Count > 0)
            {
                _metrics.BatchSize.Record(committed.Count);
                var publishing = Stopwatch.GetTimestamp();
                await PublishAsync(new RoomUpdate(committed, states, before, local: true)).ConfigureAwait(false);
                _metrics.Publish.Record(RoomMetrics.Since(publishing));
                await _bus.PublishAsync(RoomId, committed, CancellationToken.None).ConfigureAwait(false);
                await SnapshotIfDueAsync(state).ConfigureAwait(false);
            }

            return;
        }
    }

    /// <summary>Re-evaluates the gaps after a batch; returns the new report only when it differs from the last.</summary>
    private GapReport? EvaluateGaps(RoomState state)
    {
        var report = GapEngine.Evaluate(state, _account, _experts, _clock.GetUtcNow());
        var changed = !GapReports.SameFindings(_gaps, report);
        _gaps = report;
        return changed ? report : null;
    }

    private async Task SnapshotIfDueAsync(RoomState state)
    {
        if (state.Version - _snapshotVersion < _options.SnapshotEvery)
        {
            return;
        }

        try
        {
            await _log.SaveSnapshotAsync(state).ConfigureAwait(false);
            _snapshotVersion = state.Version;
        }
        catch (Exception ex)
        {
            LogSnapshotFailed(ex, RoomId, state.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Room {RoomId}: a batch of {Count} operations failed; all refused")]
    private partial void LogBatchFailed(Exception ex, string roomId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId}: op log conflict (attempt {Attempt}); catching up from the store")]
    private partial void LogConflict(Exception ex, string roomId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: snapshot at version {Version} failed")]
    private partial void LogSnapshotFailed(Exception ex, string roomId, long version);

    private sealed class WorkItem(Submission? submission, IReadOnlyList<CommittedOperation>? remote = null, RoomExpertFacts? experts = null)
    {
        public static readonly WorkItem Sync = new(null);

        /// <summary>New facts of the expert directory for the gap rules (see <see cref="RefreshExpertsAsync"/>).</summary>
        public RoomExpertFacts? Experts { get; } = experts;

        public Submission? Submission { get; } = submission;

        /// <summary>Operations another node committed, carried by the room bus.</summary>
        public IReadOnlyList<CommittedOperation>? Remote { get; } = remote;

        public long Queued { get; } = Stopwatch.GetTimestamp();

        public TaskCompletionSource<SubmitResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
