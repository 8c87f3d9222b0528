using DealRoom.Web.Collaboration.Hub;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DealRoom.Web.Collaboration;

/// <summary>The collaboration core in one registration: room sessions, their gate's limits, the hub and what attaches to sessions.</summary>
public static class CollaborationSetup
{
    /// <summary>Registers the room sessions (section "Rooms"), the hub with its JSON protocol, and the session observers.</summary>
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

        // The rooms page reads stored summaries; the nodes that have a room open keep its summary current.
        services.AddSingleton<RoomSummaryWriter>();
        services.AddSingleton<IRoomObserver>(sp => sp.GetRequiredService<RoomSummaryWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<RoomSummaryWriter>());
        services.AddScoped<RoomList>();

        return services.AddSignalR(o => o.MaximumReceiveMessageSize = 256 * 1024)
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.Converters.Add(new OperationJsonConverter());
                o.PayloadSerializerOptions.Converters.Add(new RoomStateJsonConverter());
            });
    }
}
