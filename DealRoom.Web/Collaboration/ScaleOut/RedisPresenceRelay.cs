using System.Collections.Concurrent;
using System.Text.Json;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>How often a node repeats its presence announcements (<c>Redis:PresenceHeartbeat</c>); another node's
/// participants are dropped when three in a row are missed (a node that died without saying goodbye).</summary>
public sealed record PresenceRelayOptions(TimeSpan Heartbeat)
{
    public static readonly PresenceRelayOptions Default = new(TimeSpan.FromSeconds(3));

    public TimeSpan ValidFor => Heartbeat * 3;
}

/// <summary>
/// Presence across nodes: each node announces its own participants of a room on one Redis channel
/// (<c>{prefix}:room-presence</c>) whenever they change and every heartbeat while it has any, and asks for the others'
/// when it opens a room. Each room session merges the other nodes' lists into its <see cref="RoomPresence"/>, so a
/// circuit or hub client on any node sees everyone in the room. A stopping node announces that it has nobody left.
/// </summary>
public sealed partial class RedisPresenceRelay(
    IConnectionMultiplexer redis,
    RedisScaleOutOptions options,
    PresenceRelayOptions relay,
    ScaleOutNode node,
    ILogger<RedisPresenceRelay> logger) : IRoomObserver, IHostedService, IAsyncDisposable
{
    /// <summary>More participants than this in one announcement are a malformed message.</summary>
    public const int MaxParticipants = 1_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly RedisChannel _channel = RedisChannel.Literal(options.ChannelPrefix + ":room-presence");
    private readonly ConcurrentDictionary<string, RoomSession> _rooms = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private Task _heartbeat = Task.CompletedTask;
    private readonly Lock _sequenceGate = new();
    private long _sequence;

    public void Attach(RoomSession session)
    {
        _rooms[session.RoomId] = session;
        session.Presence.LocalChanged += _ => Announce(session);
        Publish(new PresenceAnnouncement(node.Id, session.RoomId, 0, Query: true, []));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message)).ConfigureAwait(false);
        _heartbeat = Task.Run(() => HeartbeatAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops the heartbeat and tells the other nodes this one has nobody left in any room.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _heartbeat.ConfigureAwait(false);
        if (!redis.IsConnected)
        {
            return;
        }

        var subscriber = redis.GetSubscriber();
        foreach (var session in _rooms.Values.Where(session => session.Presence.Count > 0))
        {
            await subscriber.PublishAsync(_channel, Serialize(Announcement(session, []))).ConfigureAwait(false);
        }

        await subscriber.UnsubscribeAsync(_channel).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>Reads an announcement; null when it is not one (or carries too many participants).</summary>
    public static PresenceAnnouncement? Parse(string message)
    {
        try
        {
            var announcement = JsonSerializer.Deserialize<PresenceAnnouncement>(message, Json);
            return announcement is { Node.Length: > 0, Room.Length: > 0, Participants.Count: <= MaxParticipants } ? announcement : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void OnMessage(RedisValue value)
    {
        var message = value.ToString();
        if (Parse(message) is not { } announcement)
        {
            LogMalformed(message.Length > 200 ? message[..200] : message);
            return;
        }

        if (announcement.Node == node.Id || !_rooms.TryGetValue(announcement.Room, out var session) || session.IsClosed)
        {
            return;
        }

        if (announcement.Query)
        {
            if (session.Presence.Count > 0)
            {
                Announce(session);
            }

            return;
        }

        session.Presence.ApplyRemote(announcement.Node, announcement.Sequence, announcement.Participants, relay.ValidFor);
    }

    private async Task HeartbeatAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(relay.Heartbeat);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                foreach (var (roomId, session) in _rooms)
                {
                    if (session.IsClosed)
                    {
                        _rooms.TryRemove(new KeyValuePair<string, RoomSession>(roomId, session));
                        continue;
                    }

                    session.Presence.ExpireRemote();
                    if (session.Presence.Count > 0)
                    {
                        Announce(session);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void Announce(RoomSession session)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        // The sequence and the list are taken together: a higher sequence always carries a list read later, so a
        // receiver that keeps the highest never keeps an older list (two threads announcing could otherwise cross).
        PresenceAnnouncement announcement;
        lock (_sequenceGate)
        {
            announcement = Announcement(session, session.Presence.Local);
        }

        Publish(announcement);
    }

    private PresenceAnnouncement Announcement(RoomSession session, IReadOnlyList<Participant> participants) =>
        new(node.Id, session.RoomId, Interlocked.Increment(ref _sequence), Query: false, participants);

    // Fire and forget: presence is ephemeral, and the next change or heartbeat repeats it. Redis being away must not
    // fail the join, leave or selection that raised it.
    private void Publish(PresenceAnnouncement announcement)
    {
        try
        {
            redis.GetSubscriber().Publish(_channel, Serialize(announcement), CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, announcement.Room);
        }
    }

    private static string Serialize(PresenceAnnouncement announcement) => JsonSerializer.Serialize(announcement, Json);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence relay: could not announce room {RoomId}'s presence; the next heartbeat retries")]
    private partial void LogPublishFailed(Exception ex, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence relay: ignored a malformed message '{Message}'")]
    private partial void LogMalformed(string message);
}

/// <summary>
/// One node's word on a room's presence: its participants there (a full list, newest <see cref="Sequence"/> wins),
/// or, with <see cref="Query"/>, a request for the other nodes' lists.
/// </summary>
public sealed record PresenceAnnouncement(string Node, string Room, long Sequence, bool Query, IReadOnlyList<Participant> Participants);
