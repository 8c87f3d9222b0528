using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>Which database the app runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a SQLite file in WAL mode, nothing to install.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL server, for more than one node.</summary>
    PostgreSql,
}

public static class PersistenceSetup
{
    public const string ConnectionName = "DealRoom";
    public const string ProviderKey = "Database:Provider";

    /// <summary>The provider named by <c>Database:Provider</c> (case-insensitive); SQLite when unset.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var name = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return name.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            _ => throw new InvalidOperationException($"{ProviderKey} is '{name}': use Sqlite (the default) or PostgreSql."),
        };
    }

    /// <summary>
    /// Registers the database: SQLite at ConnectionStrings:DealRoom (a file under ./data by default), or PostgreSQL
    /// at ConnectionStrings:DealRoom when Database:Provider is PostgreSql.
    /// </summary>
    /// <summary>
    /// A PostgreSQL connection string with bounds on how long a frozen or cut-off node can hold the op log: the server
    /// ends a session idle inside a transaction after 3 s (a writer stopped mid-commit by SIGSTOP, a long GC pause or a
    /// VM freeze keeps its transaction and its row locks open; every other node's insert would wait on them), and TCP
    /// keepalives on both ends notice a dead peer within seconds instead of hours. Settings already in the string
    /// (e.g. a longer timeout in <c>Options</c>) win.
    /// </summary>
    public static string Bounded(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var options = builder.Options ?? string.Empty;
        foreach (var (setting, value) in new[]
        {
            ("idle_in_transaction_session_timeout", "3000"),
            ("tcp_keepalives_idle", "5"),
            ("tcp_keepalives_interval", "2"),
            ("tcp_keepalives_count", "3"),
        })
        {
            if (!options.Contains(setting, StringComparison.OrdinalIgnoreCase))
            {
                options = $"{options} -c {setting}={value}".Trim();
            }
        }

        builder.Options = options;
        if (!connectionString.Contains("Keepalive", StringComparison.OrdinalIgnoreCase))
        {
            builder.TcpKeepAlive = true;
            builder.TcpKeepAliveTime = 5;
            builder.TcpKeepAliveInterval = 2;
        }

        return builder.ConnectionString;
    }

    public static IServiceCollection AddDealRoomPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (Provider(configuration) == DatabaseProvider.PostgreSql)
        {
            var connectionString = configuration.GetConnectionString(ConnectionName);
            if (string.IsNullOrWhiteSpace(connectionString) || connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{ProviderKey} is PostgreSql: set ConnectionStrings:{ConnectionName} to a PostgreSQL connection string, e.g. Host=db;Database=dealroom;Username=dealroom;Password=…");
            }

            // Every consumer asks for IDbContextFactory<DealRoomDbContext> (and Identity for a scoped DealRoomDbContext):
            // both hand out the PostgreSQL subclass, whose migrations are PostgreSQL's own.
            services.AddDbContextFactory<DealRoomDbContext, PostgreSqlDealRoomDbContextFactory>(o => o.UseNpgsql(Bounded(connectionString)));
        }
        else
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
            services.AddDbContextFactory<DealRoomDbContext>(o => o.UseSqlite(sqlite.ToString()).AddInterceptors(new SqliteBusyTimeout()));
        }

        services.AddSingleton<RoomStore>();
        services.AddSingleton<OpLogWriter>();
        services.AddSingleton<Collaboration.IOpLog, OpLog>();
        services.AddSingleton<DemoSeeder>();
        return services;
    }

    /// <summary>Applies the committed migrations of the provider in use (WAL on for SQLite), and seeds the demo into an empty database.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, IConfiguration configuration)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<DealRoomDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        var environment = services.GetRequiredService<IHostEnvironment>();
        if (!environment.IsProduction() && configuration.GetValue("Demo:Seed", true))
        {
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        }

        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }
}
