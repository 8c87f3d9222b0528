using System.Collections.Concurrent;
using System.Diagnostics;

namespace DealRoom.LoadTest;

/// <summary>
/// Follows each measured operation from its submission to its arrival at every other client in its room:
/// per delivery (one sample per receiving client) and per operation (the last of the room's receivers).
/// </summary>
public sealed class FanOutTracker
{
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    /// <summary>Submit → one other client received it; one sample per receiving client.</summary>
    public LatencyStats PerDelivery { get; } = new();

    /// <summary>Submit → the last other client in the room received it; one sample per operation.</summary>
    public LatencyStats AllReceived { get; } = new();

    /// <summary>Operations whose broadcast had not reached every other client when the run ended.</summary>
    public int Undelivered => _pending.Count;

    public void Submitted(string opId, int authorId, int receivers, long timestamp)
    {
        if (receivers > 0)
        {
            _pending[opId] = new Pending(authorId, receivers, timestamp);
        }
    }

    /// <summary>The submission was refused or failed: nothing will be broadcast.</summary>
    public void Cancelled(string opId) => _pending.TryRemove(opId, out _);

    public void Delivered(string opId, int receiverId, long timestamp)
    {
        if (!_pending.TryGetValue(opId, out var pending) || pending.AuthorId == receiverId)
        {
            return;
        }

        var ms = Stopwatch.GetElapsedTime(pending.SubmittedAt, timestamp).TotalMilliseconds;
        PerDelivery.Add(ms);
        if (Interlocked.Decrement(ref pending.Remaining) == 0)
        {
            AllReceived.Add(ms);
            _pending.TryRemove(opId, out _);
        }
    }

    private sealed class Pending(int authorId, int receivers, long submittedAt)
    {
        public readonly int AuthorId = authorId;
        public readonly long SubmittedAt = submittedAt;
        public int Remaining = receivers;
    }
}
