using DealRoom.Tests.Support;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// A PostgreSQL server and a Redis server on loopback for the two-node tests, installed from Debian's packages
/// where missing, started once for the test class and stopped by process id at the end. Each test makes its own
/// database and uses its own Redis channel prefix.
/// </summary>
public sealed class ScaleOutServers : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(4);

    public PostgresServer Postgres { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Sequential: both may need apt-get, which takes one lock at a time.
        Postgres = await PostgresServer.StartAsync(InstallTimeout);
        Redis = await RedisServer.StartAsync(InstallTimeout);
    }

    /// <summary>
    /// Settings for one app node of a cluster: PostgreSQL at a database of its own, Redis with a prefix of its own.
    /// </summary>
    public async Task<Dictionary<string, string?>> NodeSettingsAsync(string cluster, CancellationToken cancellationToken)
    {
        var database = "dealroom_" + cluster;
        var connectionString = await Postgres.CreateDatabaseAsync(database, cancellationToken);
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:DealRoom"] = connectionString,
            ["Redis:Configuration"] = Redis.Configuration,
            ["Redis:ChannelPrefix"] = "DealRoomTest-" + cluster,
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }
}
