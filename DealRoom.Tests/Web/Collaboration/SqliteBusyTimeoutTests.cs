using DealRoom.Tests.Support;
using DealRoom.Web.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>Every SQLite connection of the app waits for a busy database inside SQLite (see <see cref="SqliteBusyTimeout"/>).</summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task EfCoreConnections_ShouldHaveSqlitesBusyTimeout()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var db = await server.GetService<IDbContextFactory<DealRoomDbContext>>().CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);

        Assert.Equal(SqliteBusyTimeout.Milliseconds, await BusyTimeoutAsync((SqliteConnection)db.Database.GetDbConnection(), ct));
    }

    [Fact]
    public async Task Apply_ShouldSetTheTimeout_OnAConnectionWithout()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        var before = await BusyTimeoutAsync(connection, ct);

        await SqliteBusyTimeout.ApplyAsync(connection, ct);

        Assert.Equal(0, before);
        Assert.Equal(SqliteBusyTimeout.Milliseconds, await BusyTimeoutAsync(connection, ct));
    }

    private static async Task<long> BusyTimeoutAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
