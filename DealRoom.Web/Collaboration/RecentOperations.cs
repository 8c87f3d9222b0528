using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// The last N committed operations of a room, for catch-up without a database read, and the version of every opId
/// the room ever committed (loaded with the room, then kept up to date), so a resubmitted opId is always answered with
/// its original version instead of being applied twice: after a restart, after a snapshot, and however old it is.
/// </summary>
internal sealed class RecentOperations(int capacity)
{
    private readonly Queue<CommittedOperation> _operations = new();
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Registers opIds committed before the session opened (the whole op log's, not only the window's).</summary>
    public void AddOpIds(IEnumerable<KeyValuePair<string, long>> opIds)
    {
        lock (_lock)
        {
            foreach (var (opId, version) in opIds)
            {
                _versions.TryAdd(opId, version);
            }
        }
    }

    public void AddRange(IEnumerable<CommittedOperation> operations)
    {
        lock (_lock)
        {
            foreach (var op in operations)
            {
                _operations.Enqueue(op);
                _versions.TryAdd(op.OpId, op.Version);
                while (_operations.Count > capacity)
                {
                    _operations.Dequeue();
                }
            }
        }
    }

    public long? VersionOf(string opId)
    {
        lock (_lock)
        {
            return _versions.TryGetValue(opId, out var version) ? version : null;
        }
    }

    /// <summary>The operations after <paramref name="since"/> up to <paramref name="current"/>, if all are still held.</summary>
    public bool TryGetSince(long since, long current, out IReadOnlyList<CommittedOperation> operations)
    {
        lock (_lock)
        {
            if (since == current)
            {
                operations = [];
                return true;
            }

            if (_operations.Count == 0 || _operations.Peek().Version > since + 1)
            {
                operations = [];
                return false;
            }

            operations = _operations.Where(o => o.Version > since && o.Version <= current).ToList();
            return operations.Count == current - since;
        }
    }
}
