using System.Globalization;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>
/// The cross-node wake-up: after each commit, publishes <c>{node}|{roomId}:{version}</c> on one Redis channel; on a
/// message from another node, the room's session here (if loaded) reads what it missed from the shared database.
/// Messages are hints, not data: the op log stays the only truth, so a lost message only delays a node until the
/// next one (or its next conflict on the (room, version) key).
/// </summary>
public sealed partial class RedisRoomBus(
    IConnectionMultiplexer redis,
    RedisScaleOutOptions options,
    ScaleOutNode node,
    IServiceProvider services,
    ILogger<RedisRoomBus> logger) : IRoomBus, IHostedService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(options.ChannelPrefix + ":room-commits");
    private RoomRegistry? _registry;

    /// <summary>This process's id on the channel, so it ignores its own messages.</summary>
    public string NodeId => node.Id;

    public ValueTask PublishAsync(string roomId, long version, CancellationToken cancellationToken)
    {
        // Fire and forget: the commit is already durable and acknowledged; the session loop never waits on Redis.
        redis.GetSubscriber().Publish(_channel, Format(NodeId, roomId, version), CommandFlags.FireAndForget);
        return ValueTask.CompletedTask;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _registry = services.GetRequiredService<RoomRegistry>();
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message));
        LogSubscribed(_channel.ToString(), NodeId);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            await redis.GetSubscriber().UnsubscribeAsync(_channel);
        }
    }

    public static string Format(string nodeId, string roomId, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{nodeId}|{roomId}:{version}");

    public static bool TryParse(string? message, out string nodeId, out string roomId, out long version)
    {
        nodeId = roomId = string.Empty;
        version = 0;
        var bar = message?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        var colon = message?.LastIndexOf(':') ?? -1;
        if (message is null || bar <= 0 || colon <= bar + 1
            || !long.TryParse(message.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        nodeId = message[..bar];
        roomId = message[(bar + 1)..colon];
        return true;
    }

    private void OnMessage(RedisValue message)
    {
        if (!TryParse(message, out var nodeId, out var roomId, out var version))
        {
            LogMalformed(message.ToString());
            return;
        }

        if (nodeId == NodeId)
        {
            return;
        }

        // Only a room open here needs waking; one that is not loaded reads the database when it next loads.
        if (_registry?.Loaded(roomId) is { } session && session.State.Version < version)
        {
            session.RequestSync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room bus: subscribed to {Channel} as node {NodeId}")]
    private partial void LogSubscribed(string channel, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room bus: ignored a malformed message '{Message}'")]
    private partial void LogMalformed(string message);
}
