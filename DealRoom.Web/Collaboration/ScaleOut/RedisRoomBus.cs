using DealRoom.Domain.Rooms;
using System.Globalization;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>
/// The cross-node wake-up: after each commit, publishes <c>{node}|{roomId}:{version}</c> on one Redis channel,
/// followed by a line with the committed operations as JSON when the batch is small; on a message from another node,
/// the room's session here (if loaded) applies the carried operations, or reads what it missed from the shared
/// database when nothing was carried or they leave a gap. The op log stays the only truth: a lost message only delays
/// a node until the next one (or its next join or conflict).
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

    /// <summary>Batches up to this many operations travel with the message; a bigger one is read from the database.</summary>
    public const int MaxCarried = 64;

    public ValueTask PublishAsync(string roomId, IReadOnlyList<CommittedOperation> committed, CancellationToken cancellationToken)
    {
        // Fire and forget: the commit is already durable and acknowledged; the session loop never waits on Redis.
        var message = Format(NodeId, roomId, committed[^1].Version);
        if (committed.Count <= MaxCarried)
        {
            message += "\n" + CommittedOperationsJson.Write(committed);
        }

        redis.GetSubscriber().Publish(_channel, message, CommandFlags.FireAndForget);
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

    /// <summary>Reads the first line of a message: who committed, in which room, up to which version.</summary>
    public static bool TryParse(string? message, out string nodeId, out string roomId, out long version)
    {
        nodeId = roomId = string.Empty;
        version = 0;
        var newline = message?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        message = newline >= 0 ? message![..newline] : message;
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

    /// <summary>The operations a message carries after its first line, or null when it carries none (or unreadable ones).</summary>
    public static IReadOnlyList<CommittedOperation>? CarriedOperations(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? null : CommittedOperationsJson.Read(message[(newline + 1)..]);
    }

    private void OnMessage(RedisValue value)
    {
        var message = value.ToString();
        if (!TryParse(message, out var nodeId, out var roomId, out var version))
        {
            LogMalformed(message.Length > 200 ? message[..200] : message);
            return;
        }

        if (nodeId == NodeId)
        {
            return;
        }

        // Only a room open here needs waking; one that is not loaded reads the database when it next loads.
        if (_registry?.Loaded(roomId) is { } session && session.State.Version < version)
        {
            if (CarriedOperations(message) is { Count: > 0 } committed && committed[^1].Version == version)
            {
                session.RequestSync(committed);
            }
            else
            {
                session.RequestSync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room bus: subscribed to {Channel} as node {NodeId}")]
    private partial void LogSubscribed(string channel, string nodeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room bus: ignored a malformed message '{Message}'")]
    private partial void LogMalformed(string message);
}
