using DealRoom.Web.Collaboration.Hub;
using DealRoom.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DealRoom.Web.Collaboration;

/// <summary>The collaboration core in one registration: room sessions, their gate's limits, the hub and its broadcaster (features attach observers of their own, e.g. the rooms page's summaries).</summary>
public static class CollaborationSetup
{
    /// <summary>Registers the room sessions (section "Rooms"), the hub with its JSON protocol, and the hub's broadcaster.</summary>
    public static ISignalRServerBuilder AddDealRoomCollaboration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoomSessionOptions>().Bind(configuration.GetSection("Rooms")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoomSessionOptions>, RoomSessionOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SubmissionLimiter>();
        services.AddMetrics();
        services.AddSingleton<RoomMetrics>();
        services.AddSingleton<RoomRegistry>();
        services.AddHostedService<RoomEvictionService>();
        services.AddSingleton<HubConnections>();
        services.AddSingleton<IRoomObserver, HubBroadcaster>();

        return services.AddSignalR(o => o.MaximumReceiveMessageSize = 256 * 1024)
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.Converters.Add(new OperationJsonConverter());
                o.PayloadSerializerOptions.Converters.Add(new RoomStateJsonConverter());
            });
    }
}
