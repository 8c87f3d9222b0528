using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Room affinity: with several nodes, the node holding the room's lease sequences it and the others forward their
/// submissions to it, so one room never has two writers racing for versions. Affinity is for speed: when the owner
/// goes silent, a forwarding node takes the lease, catches up from the op log and sequences itself, and the op
/// log's unique keys keep the order right through any moment with two writers.
/// </summary>
public sealed partial class RoomSession
{
    private const int MaxOwnerLookups = 4;

    private readonly IRoomAffinity? _affinity;

    /// <summary>The node known to hold the room's lease (this node's id when it does); null until looked up.</summary>
    private string? _owner;

    /// <summary>True when this node sequences the room: always on a single node, else while it holds the lease.</summary>
    public bool IsWriter => _affinity is null || Volatile.Read(ref _owner) == _affinity.NodeId;

    /// <summary>
    /// A submission another node forwarded here. Null when this node does not hold the room's lease (or is closing
    /// the room), so the sender looks the owner up again; a forwarded submission is never forwarded on.
    /// </summary>
    /// <remarks>
    /// It does not count as activity here: a room whose people all sit on other nodes is unloaded once idle like any
    /// other, which releases its lease, and the next submission makes the node where the people are its owner.
    /// </remarks>
    internal Task<SubmitResult>? SubmitForwarded(Submission submission)
    {
        var item = new WorkItem(submission);
        if (!IsWriter || !Enqueue(item))
        {
            return null;
        }

        _counters.Serve();
        return item.Completion.Task;
    }

    /// <summary>The lease was lost (it expired, or another node took it over): look the owner up on the next submission.</summary>
    internal void LoseOwnership()
    {
        if (_affinity is not null && Interlocked.CompareExchange(ref _owner, null, _affinity.NodeId) == _affinity.NodeId)
        {
            LogOwnershipLost(RoomId);
        }
    }

    private async Task<SubmitResult> SubmitThroughOwnerAsync(Submission submission, CancellationToken cancellationToken)
    {
        var affinity = _affinity!;
        try
        {
            for (var lookup = 0; lookup < MaxOwnerLookups; lookup++)
            {
                var owner = Volatile.Read(ref _owner) ?? await affinity.AcquireAsync(this, cancellationToken).ConfigureAwait(false);
                if (owner == affinity.NodeId)
                {
                    BecomeWriter();
                    return await EnqueueAsync(submission, cancellationToken).ConfigureAwait(false);
                }

                Interlocked.CompareExchange(ref _owner, owner, null);
                _counters.Forward();
                var reply = await affinity.ForwardAsync(owner, RoomId, submission, cancellationToken).ConfigureAwait(false);
                if (reply.Status == ForwardStatus.Answered && reply.Result is { } result)
                {
                    return result;
                }

                if (reply.Status == ForwardStatus.TimedOut)
                {
                    return new SubmitResult(submission.OpId, _state.Version,
                        new RoomError(ErrorCodes.Unavailable, "The room's server is busy; resubmit in a moment with the same opId."));
                }

                if (reply.Status == ForwardStatus.NoAnswer && await affinity.TakeOverAsync(this, owner, cancellationToken).ConfigureAwait(false))
                {
                    LogTookOver(RoomId, owner);
                    _counters.TakeOver();
                    BecomeWriter();
                    return await EnqueueAsync(submission, cancellationToken).ConfigureAwait(false);
                }

                Interlocked.CompareExchange(ref _owner, null, owner);
            }
        }
        catch (ObjectDisposedException)
        {
            // This node is stopping and gave its leases up: the client resubmits, on another node if need be.
            return new SubmitResult(submission.OpId, _state.Version,
                new RoomError(ErrorCodes.Unavailable, "The server is stopping; resubmit with the same opId."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Redis is unreachable: sequence here. The database's unique keys keep the order if another node does too.
            LogAffinityFailed(ex, RoomId);
            return await EnqueueAsync(submission, cancellationToken).ConfigureAwait(false);
        }

        return new SubmitResult(submission.OpId, _state.Version,
            new RoomError(ErrorCodes.Unavailable, "The room is changing hands between servers; resubmit in a moment with the same opId."));
    }

    /// <summary>
    /// This node holds the lease now. The catch-up is queued before the node's first submission as writer, so it
    /// sequences on top of everything the previous owner committed.
    /// </summary>
    private void BecomeWriter()
    {
        var nodeId = _affinity!.NodeId;
        if (Volatile.Read(ref _owner) == nodeId)
        {
            return;
        }

        RequestSync();
        if (Interlocked.Exchange(ref _owner, nodeId) != nodeId)
        {
            LogBecameWriter(RoomId);
        }
    }

    private async Task ReleaseOwnershipAsync()
    {
        if (_affinity is null || Interlocked.Exchange(ref _owner, null) != _affinity.NodeId)
        {
            return;
        }

        try
        {
            await _affinity.ReleaseAsync(this).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The lease expires on its own a few seconds later.
            LogAffinityFailed(ex, RoomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId}: this node sequences the room")]
    private partial void LogBecameWriter(string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: node {Owner} did not answer; this node took the room over")]
    private partial void LogTookOver(string roomId, string owner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId}: this node no longer holds the room's lease")]
    private partial void LogOwnershipLost(string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: room affinity failed; sequencing on this node")]
    private partial void LogAffinityFailed(Exception ex, string roomId);
}
