namespace DealRoom.Web.Features.Experts;

/// <summary>The expert directory, requests and notifications.</summary>
public static class ExpertsSetup
{
    public static IServiceCollection AddDealRoomExperts(this IServiceCollection services)
    {
        services.AddSingleton<ExpertEvents>();
        services.AddScoped<TeamCards>();
        services.AddScoped<ExpertDirectory>();
        services.AddSingleton<ExpertGapRefresh>();
        services.AddScoped<RoomOutcomeService>();
        services.AddScoped<ExpertRequestService>();
        services.AddScoped<NotificationService>();
        return services;
    }
}
