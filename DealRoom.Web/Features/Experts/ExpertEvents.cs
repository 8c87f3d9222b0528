namespace DealRoom.Web.Features.Experts;

/// <summary>
/// News of expert requests and notifications, so open pages (the queue, the bell) refresh without polling.
/// Subscriptions are disposables; handlers are called on the raiser's thread and must marshal to their own. With
/// several nodes, <see cref="RaisedHere"/> carries this node's news to the others (the Redis news relay), which raise
/// it with <see cref="RaiseFromOtherNode"/>.
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

    /// <summary>News raised on this node (not news relayed from another), for the relay to pass on.</summary>
    public event Action<string?>? RaisedHere;

    public void Raise(string? userId)
    {
        Notify(userId);
        RaisedHere?.Invoke(userId);
    }

    /// <summary>News another node raised: told to this node's pages, not passed on again.</summary>
    public void RaiseFromOtherNode(string? userId) => Notify(userId);

    private void Notify(string? userId)
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
