using DealRoom.Web.Collaboration.Hub;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>Redis settings (<c>Redis:Configuration</c>, <c>Redis:ChannelPrefix</c>).</summary>
public sealed record RedisScaleOutOptions(string Configuration, string ChannelPrefix);

/// <summary>
/// Room affinity settings (<c>Redis:RoomLease</c>, <c>Redis:ForwardTimeout</c>): how long a room's owner lease lives
/// without renewal, and how long a node waits for the owner's answer to a forwarded submission before it checks the
/// owner's lease (gone: take the room over; still held: wait again, <see cref="MaxForwardWaits"/> times in all, then
/// answer <c>unavailable</c>).
/// </summary>
public sealed record RoomAffinityOptions(TimeSpan Lease, TimeSpan ForwardTimeout)
{
    public static readonly RoomAffinityOptions Default = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2));

    public int MaxForwardWaits { get; init; } = 5;
}

/// <summary>This process among the nodes: a fresh id per start, used by the room bus, the leases and forwarding.</summary>
public sealed record ScaleOutNode(string Id)
{
    public static ScaleOutNode New() => new(Guid.NewGuid().ToString("N"));
}

/// <summary>
/// One node (the default) or several: with <c>Redis:Configuration</c> set, hub messages go through the SignalR
/// Redis backplane, a Redis channel wakes the other nodes' room sessions after each commit, one node per room
/// sequences it (room affinity: a lease and forwarded submissions), presence and access changes are shared between nodes, and the data
/// protection keys (cookies, bearer tokens, antiforgery) live in Redis so any node accepts them.
/// </summary>
public static class ScaleOutSetup
{
    public const string DefaultChannelPrefix = "DealRoom";

    public static RedisScaleOutOptions? RedisOptions(IConfiguration configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return null;
        }

        var prefix = configuration["Redis:ChannelPrefix"];
        return new RedisScaleOutOptions(redis.Trim(), string.IsNullOrWhiteSpace(prefix) ? DefaultChannelPrefix : prefix.Trim());
    }

    public static RoomAffinityOptions AffinityOptions(IConfiguration configuration)
    {
        var lease = configuration.GetValue<TimeSpan?>("Redis:RoomLease") ?? RoomAffinityOptions.Default.Lease;
        var timeout = configuration.GetValue<TimeSpan?>("Redis:ForwardTimeout") ?? RoomAffinityOptions.Default.ForwardTimeout;
        if (lease < TimeSpan.FromMilliseconds(300) || timeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Redis:RoomLease must be at least 00:00:00.3 and Redis:ForwardTimeout above zero.");
        }

        return new RoomAffinityOptions(lease, timeout);
    }

    public static PresenceRelayOptions PresenceOptions(IConfiguration configuration)
    {
        var heartbeat = configuration.GetValue<TimeSpan?>("Redis:PresenceHeartbeat") ?? PresenceRelayOptions.Default.Heartbeat;
        if (heartbeat < TimeSpan.FromMilliseconds(50))
        {
            throw new InvalidOperationException("Redis:PresenceHeartbeat must be at least 00:00:00.05.");
        }

        return new PresenceRelayOptions(heartbeat);
    }

    public static IServiceCollection AddDealRoomScaleOut(this IServiceCollection services, IConfiguration configuration, ISignalRServerBuilder signalR)
    {
        if (RedisOptions(configuration) is not { } redis)
        {
            services.AddSingleton<IRoomBus, LocalRoomBus>();
            services.AddSingleton(new HubBroadcastOptions(UsesBackplane: false));
            return services;
        }

        signalR.AddStackExchangeRedis(redis.Configuration, o => o.Configuration.ChannelPrefix = RedisChannel.Literal(redis.ChannelPrefix));
        services.AddSingleton(new HubBroadcastOptions(UsesBackplane: true));

        services.AddSingleton(redis);
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis.Configuration);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddSingleton(ScaleOutNode.New());
        services.AddSingleton<RedisRoomBus>();
        services.AddSingleton<IRoomBus>(sp => sp.GetRequiredService<RedisRoomBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisRoomBus>());

        // Room affinity: one node sequences each room, the others forward to it.
        services.AddSingleton(AffinityOptions(configuration));
        services.AddSingleton<RedisRoomAffinity>();
        services.AddSingleton<IRoomAffinity>(sp => sp.GetRequiredService<RedisRoomAffinity>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisRoomAffinity>());

        // Presence across nodes: every node's participants, in every node's rooms.
        services.AddSingleton(PresenceOptions(configuration));
        services.AddSingleton<RedisPresenceRelay>();
        services.AddSingleton<IRoomObserver>(sp => sp.GetRequiredService<RedisPresenceRelay>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisPresenceRelay>());

        // Live drags and pointers across nodes (ephemeral: published, never stored).
        services.AddSingleton<RedisSignalRelay>();
        services.AddSingleton<IRoomObserver>(sp => sp.GetRequiredService<RedisSignalRelay>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisSignalRelay>());

        // Revocations and removals cut people off on every node.
        services.AddHostedService<RedisAccessRelay>();

        services.AddDataProtection().SetApplicationName(redis.ChannelPrefix);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new RedisXmlRepository(
                () => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase(),
                redis.ChannelPrefix + ":DataProtection-Keys")));
        return services;
    }
}
