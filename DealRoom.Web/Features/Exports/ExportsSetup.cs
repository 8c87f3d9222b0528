namespace DealRoom.Web.Features.Exports;

/// <summary>Composition of the exports and imports: map pictures, the deal brief, room files, stakeholder CSVs.</summary>
public static class ExportsSetup
{
    public static IServiceCollection AddDealRoomExports(this IServiceCollection services)
    {
        services.AddScoped<RoomExports>();
        services.AddScoped<Imports.StakeholderCsvImporter>();
        return services;
    }
}
