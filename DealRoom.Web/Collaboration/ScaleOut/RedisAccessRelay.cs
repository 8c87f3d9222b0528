using System.Text.Json;
using System.Text.Json.Serialization;
using DealRoom.Web.Access;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>
/// Passes access changes (an invitation revoked, a member removed) between nodes on <c>{prefix}:access-changes</c>,
/// so the person is cut off at once on whichever node holds their connection, not only on the node that handled the
/// request. Pub/sub delivers at most once: a node that misses a message still refuses the person's next join, which is
/// checked against the database.
/// </summary>
public sealed partial class RedisAccessRelay(
    IConnectionMultiplexer redis,
    RedisScaleOutOptions options,
    ScaleOutNode node,
    AccessEvents events,
    ILogger<RedisAccessRelay> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly RedisChannel _channel = RedisChannel.Literal(options.ChannelPrefix + ":access-changes");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message)).ConfigureAwait(false);
        events.ChangedHere += Publish;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        events.ChangedHere -= Publish;
        if (redis.IsConnected)
        {
            await redis.GetSubscriber().UnsubscribeAsync(_channel).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a relayed change; null when the message is not one.</summary>
    public static RelayedAccessChange? Parse(string message)
    {
        try
        {
            var relayed = JsonSerializer.Deserialize<RelayedAccessChange>(message, Json);
            return relayed is { Node.Length: > 0, Change: { RoomId.Length: > 0, SubjectId.Length: > 0 } change }
                && Enum.IsDefined(change.Kind) ? relayed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Format(string nodeId, AccessChange change) => JsonSerializer.Serialize(new RelayedAccessChange(nodeId, change), Json);

    // The change is already saved and applied on this node: Redis being away must not fail the request that made it.
    private void Publish(AccessChange change)
    {
        try
        {
            redis.GetSubscriber().Publish(_channel, Format(node.Id, change), CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, change.Kind, change.RoomId);
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

        if (relayed.Node != node.Id)
        {
            events.RaiseFromOtherNode(relayed.Change);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Access relay: could not relay {Kind} in room {RoomId}; other nodes refuse the person's next join but keep open connections")]
    private partial void LogPublishFailed(Exception ex, AccessChangeKind kind, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access relay: ignored a malformed message '{Message}'")]
    private partial void LogMalformed(string message);
}

/// <summary>An access change and the node it was made on.</summary>
public sealed record RelayedAccessChange(string Node, AccessChange Change);
