using DealRoom.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>
/// Reads what the expert directory knows of rooms: the assignments that hold an expert's hours, each room's facts for
/// gap rules E3–E5, and each expert's record on ended deals for the ranking.
/// </summary>
public static class ExpertFacts
{
    /// <summary>Assignments that hold hours: assigned requests of rooms whose deal has not ended (no outcome recorded).</summary>
    public static IQueryable<ExpertRequestRecord> Holding(DealRoomDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ExpertRequests.Where(r => r.Status == ExpertRequestStatus.Assigned && r.AssignedUserId != null
            && !db.RoomOutcomes.Any(o => o.RoomId == r.RoomId));
    }

    /// <summary>The room's assigned experts (with their hours across every open room) and its open requests.</summary>
    public static async Task<RoomExpertFacts> ForRoomAsync(DealRoomDbContext db, string roomId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var requests = await db.ExpertRequests.AsNoTracking().Where(r => r.RoomId == roomId).ToListAsync(cancellationToken);
        var open = requests.Where(r => r.Status == ExpertRequestStatus.Open).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new OpenExpertRequest(r.Id, r.Expertise, r.CreatedAt, r.NeededBy)).ToList();
        var ids = requests.Where(r => r.Status == ExpertRequestStatus.Assigned && r.AssignedUserId != null)
            .Select(r => r.AssignedUserId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new RoomExpertFacts([], open);
        }

        var names = await db.Set<TeamUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var capacities = await db.ExpertProfiles.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.CapacityHours, cancellationToken);
        var areas = await db.ExpertiseAreas.AsNoTracking().Where(a => ids.Contains(a.UserId)).OrderByDescending(a => a.Proficiency).ThenBy(a => a.Id)
            .Select(a => new { a.UserId, a.Area }).ToListAsync(cancellationToken);
        var hours = await Holding(db).AsNoTracking().Where(r => ids.Contains(r.AssignedUserId!))
            .Select(r => new { r.AssignedUserId, r.Hours }).ToListAsync(cancellationToken);
        var assigned = ids.Where(names.ContainsKey).Select(id => new AssignedExpert(
            id,
            names[id],
            [.. areas.Where(a => a.UserId == id).Select(a => a.Area)],
            capacities.GetValueOrDefault(id),
            hours.Where(h => h.AssignedUserId == id).Sum(h => h.Hours))).ToList();
        return new RoomExpertFacts(assigned, open);
    }

    /// <summary>Per expert: the ended rooms they were assigned to, and how many of those were won.</summary>
    public static async Task<Dictionary<string, (int Deals, int Won)>> RecordsAsync(DealRoomDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ended = await db.ExpertRequests.AsNoTracking()
            .Where(r => r.Status == ExpertRequestStatus.Assigned && r.AssignedUserId != null)
            .Join(db.RoomOutcomes, r => r.RoomId, o => o.RoomId, (r, o) => new { r.AssignedUserId, r.RoomId, o.Outcome })
            .ToListAsync(cancellationToken);
        return ended.DistinctBy(e => (e.AssignedUserId, e.RoomId))
            .GroupBy(e => e.AssignedUserId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(e => e.Outcome == Domain.Rooms.DealOutcome.Won)), StringComparer.Ordinal);
    }

    /// <summary>The rooms where any of the users is assigned, so their facts can be refreshed after the users' hours change.</summary>
    public static async Task<List<string>> RoomsOfAsync(DealRoomDbContext db, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ExpertRequests.AsNoTracking()
            .Where(r => r.Status == ExpertRequestStatus.Assigned && r.AssignedUserId != null && userIds.Contains(r.AssignedUserId))
            .Select(r => r.RoomId).Distinct().ToListAsync(cancellationToken);
    }
}
