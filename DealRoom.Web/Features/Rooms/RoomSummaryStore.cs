using System.Text.Json;
using DealRoom.Domain.Gaps;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The stored room summaries (<see cref="RoomSummaryRecord"/>): written by the nodes that have a room open, read by the rooms page.</summary>
public sealed class RoomSummaryStore(IDbContextFactory<DealRoomDbContext> contexts, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores summaries in one transaction. A stored summary of a later version is kept (another node, or an older
    /// write that came late, never takes a room's summary back); one of the same version is replaced.
    /// </summary>
    public async Task SaveAsync(IReadOnlyCollection<RoomSummary> summaries, CancellationToken cancellationToken)
    {
        if (summaries.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var s in summaries)
        {
            // The same statement on SQLite and PostgreSQL (both have INSERT … ON CONFLICT … DO UPDATE … WHERE).
            var gaps = JsonSerializer.Serialize(s.OpenGaps ?? new Dictionary<Dynamics, SeverityCounts>(), Json);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "RoomSummaries" ("RoomId", "Version", "Name", "CustomerName", "Stakeholders", "TeamMembers", "VisionElements", "OpenGaps", "UpdatedAt")
                VALUES ({s.RoomId}, {s.Version}, {s.Name}, {s.CustomerName}, {s.Stakeholders}, {s.TeamMembers}, {s.VisionElements}, {gaps}, {now})
                ON CONFLICT ("RoomId") DO UPDATE SET
                    "Version" = excluded."Version", "Name" = excluded."Name", "CustomerName" = excluded."CustomerName",
                    "Stakeholders" = excluded."Stakeholders", "TeamMembers" = excluded."TeamMembers",
                    "VisionElements" = excluded."VisionElements", "OpenGaps" = excluded."OpenGaps", "UpdatedAt" = excluded."UpdatedAt"
                WHERE "RoomSummaries"."Version" <= excluded."Version"
                """, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stored summaries of these rooms (a room never summarized yet is missing).</summary>
    public async Task<IReadOnlyDictionary<string, RoomSummary>> GetAsync(IReadOnlyCollection<string> roomIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.RoomSummaries.AsNoTracking().Where(s => roomIds.Contains(s.RoomId)).ToListAsync(cancellationToken);
        return records.ToDictionary(r => r.RoomId, r => new RoomSummary(
            r.RoomId, r.Version, r.Name, r.CustomerName, r.Stakeholders, r.TeamMembers, r.VisionElements,
            JsonSerializer.Deserialize<Dictionary<Dynamics, SeverityCounts>>(r.OpenGaps, Json)), StringComparer.Ordinal);
    }
}
