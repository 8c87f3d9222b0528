using System.Collections.Concurrent;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>
/// Live signals across nodes: each node publishes its own participants' drags and pointers (already throttled by the
/// room) on one Redis channel (<c>{prefix}:room-signals</c>), and every other node that has the room open hands them
/// to its session, which shows them to its circuits and hub clients. Fire and forget, like the signals themselves: a
/// lost one is replaced by the next.
/// </summary>
public sealed partial class RedisSignalRelay(
    IConnectionMultiplexer redis,
    RedisScaleOutOptions options,
    ScaleOutNode node,
    ILogger<RedisSignalRelay> logger) : IRoomObserver, IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly RedisChannel _channel = RedisChannel.Literal(options.ChannelPrefix + ":room-signals");
    private readonly ConcurrentDictionary<string, RoomSession> _rooms = new(StringComparer.Ordinal);

    public void Attach(RoomSession session)
    {
        _rooms[session.RoomId] = session;
        session.Signals.LocalRaised += signal => Publish(new SignalRelayMessage(node.Id, session.RoomId, signal));
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message));

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            await redis.GetSubscriber().UnsubscribeAsync(_channel).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a relayed signal; null when it is not one (a signal with no sender or an impossible position).</summary>
    public static SignalRelayMessage? Parse(string message)
    {
        try
        {
            var relayed = JsonSerializer.Deserialize<SignalRelayMessage>(message, Json);
            return relayed is { Node.Length: > 0, Room.Length: > 0, Signal: { ConnectionId.Length: > 0, Name: not null, Color: not null, UserId: not null } signal }
                && Enum.IsDefined(signal.Kind) && Enum.IsDefined(signal.Map) && Coordinates.AreValid(signal.X, signal.Y)
                ? relayed
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void OnMessage(RedisValue value)
    {
        var message = value.ToString();
        if (Parse(message) is not { } relayed)
        {
            LogMalformed(message.Length > 200 ? message[..200] : message);
            return;
        }

        if (relayed.Node == node.Id || !_rooms.TryGetValue(relayed.Room, out var session))
        {
            return;
        }

        if (session.IsClosed)
        {
            _rooms.TryRemove(new KeyValuePair<string, RoomSession>(relayed.Room, session));
            return;
        }

        session.Signals.ApplyRemote(relayed.Signal);
    }

    private void Publish(SignalRelayMessage message)
    {
        try
        {
            redis.GetSubscriber().Publish(_channel, JsonSerializer.Serialize(message, Json), CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, message.Room);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Signal relay: could not publish a live signal of room {RoomId}")]
    private partial void LogPublishFailed(Exception ex, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signal relay: ignored a malformed message '{Message}'")]
    private partial void LogMalformed(string message);
}

/// <summary>One node's live signal in a room, as relayed to the others.</summary>
public sealed record SignalRelayMessage(string Node, string Room, RoomSignal Signal);
