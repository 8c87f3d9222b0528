using System.Collections.Concurrent;
using System.Diagnostics;
using StackExchange.Redis;
using DealRoom.Web.Infrastructure;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>
/// Room affinity over Redis: a lease per room names the node that sequences it (<see cref="RoomLease"/>), renewed
/// while that node has the room open and released when it closes the room or stops. Other nodes forward their
/// submissions on the owner's own channel (<c>{prefix}:forward:{node}</c>) and get the owner's answer on theirs
/// (<c>{prefix}:forward-reply:{node}</c>), matched by a correlation id. A node only reads its own channels, and a
/// forwarded submission carries the author the forwarding node has already authorised.
/// </summary>
public sealed partial class RedisRoomAffinity : IRoomAffinity, IHostedService, IAsyncDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisScaleOutOptions _options;
    private readonly RoomAffinityOptions _affinity;
    private readonly IServiceProvider _services;
    private readonly ILogger<RedisRoomAffinity> _logger;
    private readonly RoomLease _lease;
    private readonly ConcurrentDictionary<string, RoomSession> _owned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<ForwardReply>> _pending = new();
    private readonly CancellationTokenSource _stopping = new();
    private RoomRegistry? _registry;
    private Task _renewal = Task.CompletedTask;
    private long _nextId;
    private readonly RoomMetrics _metrics;

    public RedisRoomAffinity(
        IConnectionMultiplexer redis,
        RedisScaleOutOptions options,
        RoomAffinityOptions affinity,
        ScaleOutNode node,
        IServiceProvider services,
        ILogger<RedisRoomAffinity> logger,
        RoomMetrics metrics)
    {
        _metrics = metrics;
        _redis = redis;
        _options = options;
        _affinity = affinity;
        _services = services;
        _logger = logger;
        NodeId = node.Id;
        _lease = new RoomLease(redis, options.ChannelPrefix, affinity.Lease);
    }

    public string NodeId { get; }

    public async Task<string> AcquireAsync(RoomSession session, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        var owner = await _lease.AcquireAsync(session.RoomId, NodeId).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (owner == NodeId)
        {
            _owned[session.RoomId] = session;
        }

        return owner;
    }

    public async Task<bool> TakeOverAsync(RoomSession session, string formerOwner, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        var taken = await _lease.TakeOverAsync(session.RoomId, NodeId, formerOwner).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (taken)
        {
            _owned[session.RoomId] = session;
        }

        return taken;
    }

    public async Task ReleaseAsync(RoomSession session)
    {
        if (_owned.TryRemove(new KeyValuePair<string, RoomSession>(session.RoomId, session)) && _redis.IsConnected)
        {
            await _lease.ReleaseAsync(session.RoomId, NodeId).ConfigureAwait(false);
        }
    }

    public async Task<ForwardReply> ForwardAsync(string owner, string roomId, Submission submission, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<ForwardReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            var request = ForwardMessages.Request(new ForwardRequest(id, NodeId, owner, roomId, submission));
            var listeners = await _redis.GetSubscriber().PublishAsync(RequestChannel(owner), request).ConfigureAwait(false);
            if (listeners == 0)
            {
                // Nobody reads that node's channel: it has stopped, so there is nothing to wait for.
                return ForwardReply.NoAnswer;
            }

            // Taking a room from an owner that is alive but slow would only make two writers race: wait on while it
            // renews its lease, and act only once the lease is gone.
            for (var wait = 1; ; wait++)
            {
                try
                {
                    var reply = await answer.Task.WaitAsync(_affinity.ForwardTimeout, cancellationToken).ConfigureAwait(false);
                    _metrics.Forward.Record(RoomMetrics.Since(started));
                    return reply;
                }
                catch (TimeoutException)
                {
                    if (await _lease.HolderAsync(roomId).ConfigureAwait(false) != owner)
                    {
                        return ForwardReply.NoAnswer;
                    }

                    if (wait == _affinity.MaxForwardWaits)
                    {
                        LogOwnerBusy(roomId, owner, (_affinity.ForwardTimeout * wait).TotalSeconds);
                        return ForwardReply.TimedOut;
                    }
                }
            }
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _registry = _services.GetRequiredService<RoomRegistry>();
        var subscriber = _redis.GetSubscriber();
        await subscriber.SubscribeAsync(RequestChannel(NodeId), OnRequest).ConfigureAwait(false);
        await subscriber.SubscribeAsync(ReplyChannel(NodeId), (_, message) => OnReply(message)).ConfigureAwait(false);
        _renewal = Task.Run(() => RenewAsync(_stopping.Token), CancellationToken.None);
        LogStarted(NodeId, _affinity.Lease.TotalSeconds);
    }

    /// <summary>Stops renewing and gives up every lease, so the other nodes take the rooms over at once.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        foreach (var session in _owned.Values)
        {
            session.LoseOwnership();
        }

        if (!_redis.IsConnected)
        {
            return;
        }

        try
        {
            await Task.WhenAll(_owned.Keys.Select(roomId => _lease.ReleaseAsync(roomId, NodeId))).ConfigureAwait(false);
            _owned.Clear();
            var subscriber = _redis.GetSubscriber();
            await subscriber.UnsubscribeAsync(RequestChannel(NodeId)).ConfigureAwait(false);
            await subscriber.UnsubscribeAsync(ReplyChannel(NodeId)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or RedisException)
        {
            // Redis went away first (its connection closed while the node was stopping): the leases expire by
            // themselves, and a stopping node must not fail its shutdown over them.
            LogReleaseFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release this node's room leases while stopping; they expire by themselves")]
    private partial void LogReleaseFailed(Exception ex);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private RedisChannel RequestChannel(string node) => RedisChannel.Literal($"{_options.ChannelPrefix}:forward:{node}");

    private RedisChannel ReplyChannel(string node) => RedisChannel.Literal($"{_options.ChannelPrefix}:forward-reply:{node}");

    // ServeAsync catches everything it can meet, and a forward must not hold up the next one on the channel.
    private void OnRequest(RedisChannel channel, RedisValue message) => _ = ServeAsync(message);

    private async Task ServeAsync(RedisValue message)
    {
        if (!ForwardMessages.TryReadRequest((ReadOnlyMemory<byte>)message, out var request) || request!.To != NodeId)
        {
            LogMalformed("request");
            return;
        }

        SubmitResult? result = null;
        try
        {
            if (_registry?.Loaded(request.RoomId)?.SubmitForwarded(request.Submission) is { } pending)
            {
                result = await pending.ConfigureAwait(false);
            }

            await _redis.GetSubscriber().PublishAsync(ReplyChannel(request.From), ForwardMessages.Reply(request.Id, result)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The sender times out and takes over or retries with the same opId.
            LogServeFailed(ex, request.RoomId, request.From);
        }
    }

    private void OnReply(RedisValue message)
    {
        if (!ForwardMessages.TryReadReply((ReadOnlyMemory<byte>)message, out var id, out var reply))
        {
            LogMalformed("reply");
            return;
        }

        if (_pending.TryRemove(id, out var answer))
        {
            answer.TrySetResult(reply!);
        }
    }

    private async Task RenewAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_affinity.Lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                await Task.WhenAll(_owned.Select(RenewOneAsync)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task RenewOneAsync(KeyValuePair<string, RoomSession> owned)
    {
        try
        {
            if (!await _lease.RenewAsync(owned.Key, NodeId).ConfigureAwait(false)
                && _owned.TryRemove(owned))
            {
                owned.Value.LoseOwnership();
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Try again next tick; if the lease expires meanwhile, another node may take the room and this one finds
            // out at its next renewal.
            LogRenewFailed(ex, owned.Key);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room affinity: node {NodeId}, leases of {Seconds} s")]
    private partial void LogStarted(string nodeId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room affinity: ignored a malformed forwarded {Kind}")]
    private partial void LogMalformed(string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: a submission forwarded by node {From} could not be answered")]
    private partial void LogServeFailed(Exception ex, string roomId, string from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: owner node {Owner} holds its lease but did not answer within {Seconds} s")]
    private partial void LogOwnerBusy(string roomId, string owner, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: the lease could not be renewed")]
    private partial void LogRenewFailed(Exception ex, string roomId);
}
