namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// Tells the open pages of an account that it changed (a profile edit, a lead, a new opportunity), so each reloads it.
/// With several nodes, <see cref="NotifiedHere"/> carries this node's changes to the others (the Redis news relay),
/// which tell their own pages with <see cref="NotifyFromOtherNodeAsync"/>.
/// </summary>
public sealed class AccountNotifier
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Func<Task>>> _listeners = new(StringComparer.Ordinal);

    /// <summary>Calls <paramref name="onChanged"/> after every change of the account until the subscription is disposed.</summary>
    public IDisposable Subscribe(string accountId, Func<Task> onChanged)
    {
        lock (_gate)
        {
            if (!_listeners.TryGetValue(accountId, out var list))
            {
                _listeners.Add(accountId, list = []);
            }

            list.Add(onChanged);
        }

        return new Subscription(this, accountId, onChanged);
    }

    /// <summary>An account changed on this node (not relayed from another), for the relay to pass on.</summary>
    public event Action<string>? NotifiedHere;

    public async Task NotifyAsync(string accountId)
    {
        NotifiedHere?.Invoke(accountId);
        await NotifyPagesAsync(accountId);
    }

    /// <summary>A change another node made: told to this node's pages, not passed on again.</summary>
    public Task NotifyFromOtherNodeAsync(string accountId) => NotifyPagesAsync(accountId);

    private async Task NotifyPagesAsync(string accountId)
    {
        Func<Task>[] listeners;
        lock (_gate)
        {
            listeners = _listeners.TryGetValue(accountId, out var list) ? [.. list] : [];
        }

        foreach (var listener in listeners)
        {
            await listener();
        }
    }

    private void Unsubscribe(string accountId, Func<Task> onChanged)
    {
        lock (_gate)
        {
            if (_listeners.TryGetValue(accountId, out var list) && list.Remove(onChanged) && list.Count == 0)
            {
                _listeners.Remove(accountId);
            }
        }
    }

    private sealed class Subscription(AccountNotifier owner, string accountId, Func<Task> onChanged) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(accountId, onChanged);
    }
}
