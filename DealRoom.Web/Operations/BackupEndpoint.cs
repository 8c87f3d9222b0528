using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Operations;

/// <summary>
/// <c>POST /api/admin/backup</c>, administrators only: an online backup of the SQLite database (SQLite's backup API,
/// one consistent snapshot taken while the app keeps writing, WAL included) sent as a file. PostgreSQL is backed up
/// with <c>pg_dump</c> instead (docs/deployment.md).
/// </summary>
public static class BackupEndpoint
{
    public const string Path = "/api/admin/backup";
    public const string ContentType = "application/vnd.sqlite3";

    public static IEndpointRouteBuilder MapDealRoomBackup(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, BackupAsync)
            .RequireAuthorization(p => p.RequireRole(TeamRoles.Administrator))
            .WithTags("Operations")
            .WithSummary("Download a consistent backup of the SQLite database, taken online (administrators).")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> BackupAsync(IDbContextFactory<DealRoomDbContext> contexts, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (db.Database.GetDbConnection() is not SqliteConnection source)
        {
            return Results.Json(
                new ApiError(ErrorCodes.Unavailable, "This server runs on PostgreSQL: back it up with pg_dump (see docs/deployment.md)."),
                statusCode: StatusCodes.Status409Conflict);
        }

        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dealroom-backup-{Guid.NewGuid():N}.db");
        await db.Database.OpenConnectionAsync(ct);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(ct);

            // One step over all pages under one read transaction: a snapshot of every commit before it started;
            // writers carry on meanwhile (WAL), so acknowledged operations are all in it.
            await Task.Run(() => source.BackupDatabase(destination), ct);
        }

        // Deleted when the response has been sent (or abandoned).
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return Results.Stream(file, ContentType, $"dealroom-{clock.GetUtcNow():yyyyMMdd-HHmmss}.db");
    }
}
