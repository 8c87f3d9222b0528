namespace DealRoom.Web.Collaboration;

/// <summary>
/// Which node sequences (writes) a room when several nodes share one database: the holder of the room's lease.
/// A session on another node forwards its submissions to that node. Absent on a single node. Affinity is for
/// speed only: the op log's unique (room, version) and (room, opId) keys stay the safety net whenever two nodes
/// briefly both write.
/// </summary>
public interface IRoomAffinity
{
    /// <summary>This node's id, as leases and forwards name it.</summary>
    string NodeId { get; }

    /// <summary>Takes the room's lease when nobody holds it; returns the holder's node id (this node's when it took it).</summary>
    Task<string> AcquireAsync(RoomSession session, CancellationToken cancellationToken);

    /// <summary>Takes the lease from <paramref name="formerOwner"/> (which did not answer); false when someone else holds it now.</summary>
    Task<bool> TakeOverAsync(RoomSession session, string formerOwner, CancellationToken cancellationToken);

    /// <summary>
    /// Sends a submission to the owner node and waits for its answer (its ack after its commit, or its refusal). While
    /// the owner keeps its lease it is only slow, and the wait goes on (up to a bound); once the lease is gone, the
    /// answer is <see cref="ForwardStatus.NoAnswer"/> and the caller takes over.
    /// </summary>
    Task<ForwardReply> ForwardAsync(string owner, string roomId, Submission submission, CancellationToken cancellationToken);

    /// <summary>Gives up the lease of a room this node holds (the session is closing).</summary>
    Task ReleaseAsync(RoomSession session);
}

/// <summary>What came back from a forwarded submission.</summary>
public enum ForwardStatus
{
    /// <summary>The owner sequenced it: <see cref="ForwardReply.Result"/> is its answer.</summary>
    Answered,

    /// <summary>The node does not (or no longer) hold the room's lease; look the owner up again.</summary>
    NotOwner,

    /// <summary>No answer, and the owner no longer holds its lease (or nobody listens on its channel): it is gone.</summary>
    NoAnswer,

    /// <summary>No answer in time, but the owner still renews its lease: it is alive and busy, so nobody takes over.</summary>
    TimedOut,
}

public sealed record ForwardReply(ForwardStatus Status, SubmitResult? Result = null)
{
    public static readonly ForwardReply NotOwner = new(ForwardStatus.NotOwner);

    public static readonly ForwardReply NoAnswer = new(ForwardStatus.NoAnswer);

    public static readonly ForwardReply TimedOut = new(ForwardStatus.TimedOut);
}
