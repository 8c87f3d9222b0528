namespace DealRoom.Web.Collaboration;

/// <summary>
/// The last N committed operations of a room, for catch-up without a database read, and their opIds, so a
/// resubmitted opId is answered with its original version instead of being applied twice.
/// </summary>
internal sealed class RecentOperations(int capacity)
{
    private readonly Queue<CommittedOperation> _operations = new();
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void AddRange(IEnumerable<CommittedOperation> operations)
    {
        lock (_lock)
        {
            foreach (var op in operations)
            {
                _operations.Enqueue(op);
                _versions[op.OpId] = op.Version;
                while (_operations.Count > capacity)
                {
                    var evicted = _operations.Dequeue();
                    if (_versions.TryGetValue(evicted.OpId, out var v) && v == evicted.Version)
                    {
                        _versions.Remove(evicted.OpId);
                    }
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
