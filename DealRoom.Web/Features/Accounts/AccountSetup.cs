namespace DealRoom.Web.Features.Accounts;

public static class AccountSetup
{
    /// <summary>Accounts: profile, portfolio, network insight, lead conversion, and the per-account change notifier.</summary>
    public static IServiceCollection AddDealRoomAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccountNotifier>();
        services.AddScoped<AccountSequencer>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountInsights>();
        services.AddScoped<LeadConversion>();
        services.AddScoped<RoomAccountGroups>();
        services.AddSingleton<Network.RoomTraces>();
        services.AddScoped<Network.AccountNetworkService>();
        return services;
    }
}
