using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DealRoom.Web.Persistence;

/// <summary>
/// SQLite's own busy handler on every connection the app opens (EF Core's, through this interceptor, and the op-log
/// writer's): a write that finds the database locked by another writer waits inside SQLite, in steps of 1 to 100 ms,
/// until the lock is free. Without it Microsoft.Data.Sqlite retries in steps of 150 ms, so a lock held for 5 ms cost
/// the other writer 150 ms (measured; see benchmarks.md): a customer's join touching its invitation, or a membership
/// change, could stall every room's op-log commit that long.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>The longest a write waits for the lock; the same as Microsoft.Data.Sqlite's default command timeout.</summary>
    public const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await ApplyAsync(connection, cancellationToken).ConfigureAwait(false);

    /// <summary>Sets the busy timeout on an open connection when it is SQLite's (PostgreSQL's are left alone).</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection)
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds};";
        return command;
    }
}
