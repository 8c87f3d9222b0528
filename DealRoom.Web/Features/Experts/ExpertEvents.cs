namespace DealRoom.Web.Features.Experts;

/// <summary>
/// In-process news of expert requests and notifications, so open pages (the queue, the bell) refresh without
/// polling. Subscriptions are disposables; handlers are called on the raiser's thread and must marshal to their own.
/// </summary>
public sealed class ExpertEvents
{
    private readonly Lock _lock = new();
    private readonly List<Action<string?>> _handlers = [];

    /// <summary>Hears a change; the argument is the user it concerns (null: requests changed for everyone).</summary>
    public IDisposable Subscribe(Action<string?> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            _handlers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    public void Raise(string? userId)
    {
        Action<string?>[] handlers;
        lock (_lock)
        {
            handlers = [.. _handlers];
        }

        foreach (var handler in handlers)
        {
            handler(userId);
        }
    }

    private void Unsubscribe(Action<string?> handler)
    {
        lock (_lock)
        {
            _handlers.Remove(handler);
        }
    }

    private sealed class Subscription(ExpertEvents owner, Action<string?> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
