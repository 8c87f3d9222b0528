namespace DealRoom.Web.Collaboration;

/// <summary>The listeners of a room session: who hears of its committed operations, one at a time, in version order.</summary>
public sealed partial class RoomSession
{
    /// <summary>
    /// Registers a listener for committed operations. Listeners are called one at a time in version order and must
    /// return quickly (a Blazor circuit marshals onto its own dispatcher and returns). Dispose to unsubscribe.
    /// A <paramref name="background"/> listener (the hub broadcaster) lives as long as the session and does not keep
    /// an idle room loaded; a page's listener does.
    /// </summary>
    public IDisposable Subscribe(Func<RoomUpdate, ValueTask> listener, bool background = false)
    {
        lock (_listenersLock)
        {
            _listeners.Add(listener);
            _backgroundListeners += background ? 1 : 0;
        }

        return new Subscription(this, listener, background);
    }

    private void Unsubscribe(Func<RoomUpdate, ValueTask> listener, bool background)
    {
        lock (_listenersLock)
        {
            if (_listeners.Remove(listener))
            {
                _backgroundListeners -= background ? 1 : 0;
            }
        }
    }

    private async Task PublishAsync(RoomUpdate update)
    {
        Func<RoomUpdate, ValueTask>[] listeners;
        lock (_listenersLock)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            try
            {
                await listener(update).ConfigureAwait(false);
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
