namespace DealRoom.Web.Collaboration;

/// <summary>
/// How this node's rooms were sequenced, for tests and diagnostics: op-log conflicts (another node wrote the same
/// room), submissions forwarded to or served for another node, and leases taken over from a silent owner.
/// </summary>
public sealed class SequencingCounters
{
    private long _conflicts;
    private long _forwarded;
    private long _served;
    private long _takeOvers;

    public long Conflicts => Interlocked.Read(ref _conflicts);

    /// <summary>Submissions this node sent to the room's owner node.</summary>
    public long Forwarded => Interlocked.Read(ref _forwarded);

    /// <summary>Submissions another node forwarded here and this node sequenced.</summary>
    public long Served => Interlocked.Read(ref _served);

    public long TakeOvers => Interlocked.Read(ref _takeOvers);

    internal void Conflict() => Interlocked.Increment(ref _conflicts);

    internal void Forward() => Interlocked.Increment(ref _forwarded);

    internal void Serve() => Interlocked.Increment(ref _served);

    internal void TakeOver() => Interlocked.Increment(ref _takeOvers);
}
