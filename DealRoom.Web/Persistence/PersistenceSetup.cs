using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

public static class PersistenceSetup
{
    public const string ConnectionName = "DealRoom";

    /// <summary>Registers the database: SQLite at ConnectionStrings:DealRoom (a file under ./data by default).</summary>
    public static IServiceCollection AddDealRoomPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName) ?? "Data Source=data/dealroom.db";
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(sqlite.DataSource) && sqlite.DataSource != ":memory:")
        {
            sqlite.DataSource = Path.Combine(environment.ContentRootPath, sqlite.DataSource);
        }

        if (Path.GetDirectoryName(sqlite.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        sqlite.DefaultTimeout = 30;
        services.AddDbContextFactory<DealRoomDbContext>(o => o.UseSqlite(sqlite.ToString()));
        services.AddSingleton<RoomStore>();
        services.AddSingleton<DemoSeeder>();
        return services;
    }

    /// <summary>Applies the committed migrations, turns on WAL, and seeds the demo into an empty database.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, IConfiguration configuration)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<DealRoomDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var environment = services.GetRequiredService<IHostEnvironment>();
        if (!environment.IsProduction() && configuration.GetValue("Demo:Seed", true))
        {
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Features.Access.AccessSeeder>().SeedAsync(CancellationToken.None);
    }
}
