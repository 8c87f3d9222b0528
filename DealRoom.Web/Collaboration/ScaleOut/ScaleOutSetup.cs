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
/// One node (the default) or several: with <c>Redis:Configuration</c> set, hub messages go through the SignalR
/// Redis backplane, a Redis channel wakes the other nodes' room sessions after each commit, and the data
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
        services.AddSingleton<RedisRoomBus>();
        services.AddSingleton<IRoomBus>(sp => sp.GetRequiredService<RedisRoomBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisRoomBus>());

        services.AddDataProtection().SetApplicationName(redis.ChannelPrefix);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new RedisXmlRepository(
                () => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase(),
                redis.ChannelPrefix + ":DataProtection-Keys")));
        return services;
    }
}
