using DealRoom.Domain.Experts;
using DealRoom.Domain.Gaps;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// The expert directory's facts of the room (assigned experts, open requests) that gap rules E3–E5 read. They live
/// outside the op log, so a change to them (an assignment, a capacity, a request opened or answered) reaches the
/// session here, and the gaps are evaluated again on the room's own sequencer: never in the middle of a round, and in
/// order with the rounds' own reports.
/// </summary>
public sealed partial class RoomSession
{
    private volatile RoomExpertFacts? _experts;
    private readonly List<Func<GapReport, ValueTask>> _gapListeners = [];

    /// <summary>What the gap rules know of the room from the expert directory; null when not read.</summary>
    public RoomExpertFacts? Experts => _experts;

    /// <summary>
    /// Hands the session new directory facts; completes once the gaps were evaluated with them (and the gap listeners
    /// heard of a changed report). False when the session is closing: the next load reads the facts anew.
    /// </summary>
    public Task RefreshExpertsAsync(RoomExpertFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var item = new WorkItem(null, null, facts);
        return Enqueue(item) ? item.Completion.Task : Task.CompletedTask;
    }

    /// <summary>
    /// Registers a listener for changed gap reports: after the pages heard the operations that changed it, or with no
    /// operation (new directory facts). Team only: the caller decides. Dispose to stop.
    /// </summary>
    public IDisposable SubscribeGaps(Func<GapReport, ValueTask> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_listenersLock)
        {
            _gapListeners.Add(listener);
        }

        return new GapSubscription(this, listener);
    }

    private async Task FinishRefreshesAsync(List<WorkItem> refreshes)
    {
        if (refreshes.Count == 0)
        {
            return;
        }

        try
        {
            if (EvaluateGaps(_state) is { } changed)
            {
                await PublishGapsAsync(changed).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            LogRefreshFailed(ex, RoomId);
        }
        finally
        {
            foreach (var item in refreshes)
            {
                item.Completion.TrySetResult(default!);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: the gaps could not be evaluated with new expert facts")]
    private partial void LogRefreshFailed(Exception ex, string roomId);

    private sealed class GapSubscription(RoomSession session, Func<GapReport, ValueTask> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (session._listenersLock)
            {
                session._gapListeners.Remove(listener);
            }
        }
    }
}
