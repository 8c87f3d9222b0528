using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The rooms page: stored room summaries, kept current by the nodes that have a room open.</summary>
public static class RoomsSetup
{
    public static IServiceCollection AddDealRoomRooms(this IServiceCollection services)
    {
        services.AddSingleton<RoomSummaryStore>();
        services.AddSingleton<RoomSummaryWriter>();
        services.AddSingleton<IRoomObserver>(sp => sp.GetRequiredService<RoomSummaryWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<RoomSummaryWriter>());
        services.AddScoped<RoomList>();
        return services;
    }
}
