using System.Security.Claims;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts;

/// <summary>Rooms of one account on the rooms page (no account: <c>AccountId</c> null).</summary>
public sealed record RoomGroup(string? AccountId, string? AccountName, IReadOnlyList<RoomSummary> Rooms);

/// <summary>Groups the rooms page by account, for team members; a customer's rooms are one group with no account named.</summary>
public sealed class RoomAccountGroups(IDbContextFactory<DealRoomDbContext> contexts)
{
    public async Task<IReadOnlyList<RoomGroup>> GroupAsync(ClaimsPrincipal user, IReadOnlyList<RoomSummary> rooms, CancellationToken cancellationToken)
    {
        if (!user.IsTeamMember() || rooms.Count == 0)
        {
            return [new RoomGroup(null, null, rooms)];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = rooms.Select(r => r.RoomId).ToList();
        var accountOf = await db.Rooms.AsNoTracking().Where(r => ids.Contains(r.Id) && r.AccountId != null)
            .ToDictionaryAsync(r => r.Id, r => r.AccountId!, cancellationToken);
        var accountIds = accountOf.Values.Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return [.. rooms
            .GroupBy(r => accountOf.GetValueOrDefault(r.RoomId))
            .Select(g => new RoomGroup(g.Key, g.Key is null ? null : names.GetValueOrDefault(g.Key, g.Key), [.. g]))
            .OrderBy(g => g.AccountId is null)
            .ThenBy(g => g.AccountName, StringComparer.OrdinalIgnoreCase)];
    }
}
