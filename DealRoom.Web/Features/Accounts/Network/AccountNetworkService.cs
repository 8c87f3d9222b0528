using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>
/// The account's network map: its rooms opened through the registry (open rooms are read live), the network and its
/// graph built by the domain, and the history from each room's trace (replayed once per room, then extended).
/// </summary>
public sealed class AccountNetworkService(IDbContextFactory<DealRoomDbContext> contexts, RoomRegistry registry, RoomTraces traces)
{
    public async Task<AccessResult<AccountNetworkMap>> GetAsync(ClaimsPrincipal caller, string accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountAccess.RightAsync(db, caller, accountId, cancellationToken) == AccountRight.None)
        {
            return AccessResult<AccountNetworkMap>.Forbidden("You may not open this account.");
        }

        var records = await db.Rooms.AsNoTracking().Where(r => r.AccountId == accountId).ToListAsync(cancellationToken);
        var links = await db.ContactLinks.AsNoTracking().Where(l => l.AccountId == accountId).OrderBy(l => l.Id)
            .Select(l => new ContactLink(l.RoomId, l.StakeholderId, l.OtherRoomId, l.OtherStakeholderId)).ToListAsync(cancellationToken);

        var rooms = new List<AccountRoom>();
        var roomTraces = new Dictionary<string, RoomTrace>(StringComparer.Ordinal);
        foreach (var record in records.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (await registry.GetAsync(record.Id, cancellationToken) is not { } session)
            {
                continue;
            }

            var state = session.State;
            rooms.Add(new AccountRoom(record.Id, state.Profile.Name, state));
            roomTraces[record.Id] = await traces.GetAsync(state, cancellationToken);
        }

        return AccessResult<AccountNetworkMap>.Ok(AccountNetworkMap.Of(rooms, links, roomTraces));
    }
}
