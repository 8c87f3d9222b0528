using System.Security.Claims;
using DealRoom.Domain.Experts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// The expert directory: each team user's expertise areas (proficiency 1–3, knowledge area), capacity in hours per
/// week, and the hours allocated to rooms through assigned requests (rooms whose deal ended hold no hours). Any team user reads it; administrators edit
/// anyone's entry, a user their own. Saving updates the user's linked cards in every room.
/// </summary>
public sealed class ExpertDirectory(
    IDbContextFactory<DealRoomDbContext> contexts,
    UserManager<TeamUser> users,
    TeamCards cards,
    ExpertEvents events,
    ExpertGapRefresh gapRefresh)
{
    public const int MaxCapacity = 80;
    public const int MaxAreas = 20;

    public async Task<AccessResult<IReadOnlyList<DirectoryEntry>>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember())
        {
            return AccessResult<IReadOnlyList<DirectoryEntry>>.Forbidden("The directory is the team's.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Set<TeamUser>().AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var entries = new List<DirectoryEntry>();
        foreach (var user in all)
        {
            entries.Add(await EntryAsync(db, user, cancellationToken));
        }

        return AccessResult<IReadOnlyList<DirectoryEntry>>.Ok(entries);
    }

    public async Task<AccessResult<DirectoryEntry>> SaveAsync(ClaimsPrincipal caller, string userId, DirectoryUpdate update, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || (caller.UserId() != userId && !caller.IsInRole(TeamRoles.Administrator)))
        {
            return AccessResult<DirectoryEntry>.Forbidden("Administrators edit anyone's entry; everyone else only their own.");
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccessResult<DirectoryEntry>.Fail(ErrorCodes.NotFound, "No team member has that id.", "userId");
        }

        if (update.CapacityHours is not { } capacity || capacity is < 0 or > MaxCapacity)
        {
            return AccessResult<DirectoryEntry>.Fail(ErrorCodes.OutOfRange, $"Give the capacity in hours per week, from 0 to {MaxCapacity}.", "capacityHours");
        }

        var areas = update.Areas ?? [];
        if (areas.Count > MaxAreas)
        {
            return AccessResult<DirectoryEntry>.Fail(ErrorCodes.OutOfRange, $"List at most {MaxAreas} expertise areas.", "areas");
        }

        foreach (var area in areas)
        {
            if (string.IsNullOrWhiteSpace(area.Area) || area.Area.Trim().Length > 200 || area.Area.Contains(',', StringComparison.Ordinal))
            {
                return AccessResult<DirectoryEntry>.Fail(ErrorCodes.InvalidValue, "Name each area (at most 200 characters, no commas).", "areas");
            }

            if (area.Proficiency is < ExpertiseArea.MinProficiency or > ExpertiseArea.MaxProficiency || !Enum.IsDefined(area.Knowledge))
            {
                return AccessResult<DirectoryEntry>.Fail(ErrorCodes.OutOfRange, "Each area's proficiency is 1, 2 or 3, with a known knowledge area.", "areas");
            }
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var profile = await db.ExpertProfiles.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
            if (profile is null)
            {
                db.ExpertProfiles.Add(new ExpertProfileRecord { UserId = userId, CapacityHours = capacity });
            }
            else
            {
                profile.CapacityHours = capacity;
            }

            db.ExpertiseAreas.RemoveRange(db.ExpertiseAreas.Where(a => a.UserId == userId));
            db.ExpertiseAreas.AddRange(areas.Select(a => new ExpertiseAreaRecord { UserId = userId, Area = a.Area.Trim(), Proficiency = a.Proficiency, Knowledge = a.Knowledge }));
            var stored = await db.Set<TeamUser>().FirstAsync(u => u.Id == userId, cancellationToken);
            stored.Expertise = areas.Count == 0 ? null : string.Join(", ", areas.Select(a => a.Area.Trim()));
            await db.SaveChangesAsync(cancellationToken);
        }

        // The cards follow the profile: one update per linked card, in the editor's name.
        await cards.SyncProfileAsync(userId, new Author(caller.UserId()!, caller.NameForDisplay()), cancellationToken);
        events.Raise(userId);
        await gapRefresh.RefreshAsync([], [userId], cancellationToken);
        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        return AccessResult<DirectoryEntry>.Ok(await EntryAsync(read, (await read.Set<TeamUser>().AsNoTracking().FirstAsync(u => u.Id == userId, cancellationToken)), cancellationToken));
    }

    /// <summary>Everyone with expertise areas, as ranking sees them.</summary>
    public async Task<IReadOnlyList<ExpertProfile>> ProfilesAsync(DealRoomDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.ExpertiseAreas.AsNoTracking().ToListAsync(cancellationToken);
        var capacities = await db.ExpertProfiles.AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.CapacityHours, cancellationToken);
        var assigned = await ExpertFacts.Holding(db).AsNoTracking().Select(r => new { r.AssignedUserId, r.Hours }).ToListAsync(cancellationToken);
        var records = await ExpertFacts.RecordsAsync(db, cancellationToken);
        var ids = areas.Select(a => a.UserId).Distinct().ToList();
        var names = await db.Set<TeamUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. ids.Where(names.ContainsKey).Select(id => new ExpertProfile(
            id,
            names[id],
            [.. areas.Where(a => a.UserId == id).Select(a => new ExpertiseArea(a.Area, a.Proficiency, a.Knowledge))],
            capacities.GetValueOrDefault(id),
            assigned.Where(a => a.AssignedUserId == id).Sum(a => a.Hours),
            PastDeals: records.GetValueOrDefault(id).Deals,
            PastDealsWon: records.GetValueOrDefault(id).Won))];
    }

    private async Task<DirectoryEntry> EntryAsync(DealRoomDbContext db, TeamUser user, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        var areas = await db.ExpertiseAreas.AsNoTracking().Where(a => a.UserId == user.Id).OrderByDescending(a => a.Proficiency).ThenBy(a => a.Id)
            .Select(a => new ExpertiseArea(a.Area, a.Proficiency, a.Knowledge)).ToListAsync(cancellationToken);
        var capacity = await db.ExpertProfiles.AsNoTracking().Where(p => p.UserId == user.Id).Select(p => p.CapacityHours).FirstOrDefaultAsync(cancellationToken);
        var allocations = await ExpertFacts.Holding(db).AsNoTracking().Where(r => r.AssignedUserId == user.Id)
            .Join(db.Rooms, r => r.RoomId, room => room.Id, (r, room) => new Allocation(r.Id, r.RoomId, room.Name, r.Expertise, r.Hours))
            .ToListAsync(cancellationToken);
        return new DirectoryEntry(user.Id, user.DisplayName, user.Email ?? string.Empty, [.. roles], capacity, allocations.Sum(a => a.Hours), areas, allocations);
    }
}
