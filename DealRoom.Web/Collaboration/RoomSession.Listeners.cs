using DealRoom.Domain.Gaps;

namespace DealRoom.Web.Collaboration;

/// <summary>The listeners of a room session: who hears of its committed operations, one at a time, in version order.</summary>
public sealed partial class RoomSession
{
    /// <summary>
    /// Registers a listener for committed operations. Listeners are called one at a time in version order and must
    /// return quickly (a Blazor circuit marshals onto its own dispatcher and returns). Dispose to unsubscribe.
    /// A page's listener hears an update as soon as it is durable, before the gap rules run, so its
    /// <see cref="RoomUpdate.Gaps"/> is null: a changed report reaches it through <see cref="SubscribeGaps"/> right
    /// after. A <paramref name="background"/> listener (the hub broadcaster) hears the update after the gaps were
    /// evaluated, with the changed report on it; it lives as long as the session and does not keep an idle room
    /// loaded, while a page's listener does.
    /// </summary>
    public IDisposable Subscribe(Func<RoomUpdate, ValueTask> listener, bool background = false)
    {
        lock (_listenersLock)
        {
            (background ? _backgroundListeners : _listeners).Add(listener);
        }

        return new Subscription(this, listener, background);
    }

    private void Unsubscribe(Func<RoomUpdate, ValueTask> listener, bool background)
    {
        lock (_listenersLock)
        {
            (background ? _backgroundListeners : _listeners).Remove(listener);
        }
    }

    /// <summary>
    /// Tells everyone of a durable update: the pages first (each hands over to its circuit and returns, so every open
    /// canvas has the edit before the round spends its time on the gap rules and the hub's sends), then the gap
    /// listeners when the report changed, then the background listeners with the report on the update.
    /// </summary>
    private async Task PublishAsync(RoomUpdate update)
    {
        Func<RoomUpdate, ValueTask>[] pages;
        Func<RoomUpdate, ValueTask>[] background;
        lock (_listenersLock)
        {
            pages = [.. _listeners];
            background = [.. _backgroundListeners];
        }

        await CallAsync(pages, update).ConfigureAwait(false);
        Operations.LatencyTrace.Mark("session.pages");

        // A batch the gap rules cannot see (a drop, a comment) keeps the report: nothing to evaluate or send. The rules
        // and the hub's sends run on a pool thread: the round may be on the thread of the circuit that submitted.
        GapReport? gaps = null;
        if (update.Operations.Any(o => GapInputs.MayChangeFindings(o.Operation)))
        {
            await Task.Yield();
            gaps = EvaluateGaps(update.State);
        }

        Operations.LatencyTrace.Mark("session.gaps");
        if (gaps is not null)
        {
            await PublishGapsAsync(gaps).ConfigureAwait(false);
        }

        await CallAsync(background, update.WithGaps(gaps)).ConfigureAwait(false);
        Operations.LatencyTrace.Mark("session.published");
    }

    /// <summary>Tells the gap listeners (the team's pages) of a changed gap report.</summary>
    private async Task PublishGapsAsync(GapReport report)
    {
        Func<GapReport, ValueTask>[] listeners;
        lock (_listenersLock)
        {
            listeners = [.. _gapListeners];
        }

        await CallAsync(listeners, report).ConfigureAwait(false);
    }

    private async Task CallAsync<T>(Func<T, ValueTask>[] listeners, T value)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener(value).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                LogListenerFailed(ex, RoomId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: a listener failed")]
    private partial void LogListenerFailed(Exception ex, string roomId);

    private sealed class Subscription(RoomSession session, Func<RoomUpdate, ValueTask> listener, bool background) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                session.Unsubscribe(listener, background);
            }
        }
    }
}
