using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// What the account's rooms say together: the cockpit's opportunities, the relationship network, its thin spots and
/// the decision-dynamics culture. Opens every room of the account (through the registry, so open rooms are read
/// live); health comes from the stored room summaries when they are current.
/// </summary>
public sealed class AccountInsights(IDbContextFactory<DealRoomDbContext> contexts, RoomRegistry registry, RoomSummaryStore summaries)
{
    public async Task<AccessResult<AccountInsight>> GetAsync(ClaimsPrincipal caller, string accountId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AccountAccess.RightAsync(db, caller, accountId, cancellationToken) == AccountRight.None)
        {
            return AccessResult<AccountInsight>.Forbidden("You may not open this account.");
        }

        return AccessResult<AccountInsight>.Ok(await BuildAsync(db, accountId, cancellationToken));
    }

    /// <summary>The insight without an access check: for callers that checked already.</summary>
    internal async Task<AccountInsight> BuildAsync(DealRoomDbContext db, string accountId, CancellationToken cancellationToken)
    {
        var records = await db.Rooms.AsNoTracking().Where(r => r.AccountId == accountId).ToListAsync(cancellationToken);
        records = [.. records.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];
        var leadOf = await db.AccountLeads.AsNoTracking().Where(l => l.AccountId == accountId && l.RoomId != null)
            .ToDictionaryAsync(l => l.RoomId!, l => l.Id, cancellationToken);
        var links = await db.ContactLinks.AsNoTracking().Where(l => l.AccountId == accountId).OrderBy(l => l.Id)
            .Select(l => new ContactLink(l.RoomId, l.StakeholderId, l.OtherRoomId, l.OtherStakeholderId)).ToListAsync(cancellationToken);
        var stored = await summaries.GetAsync([.. records.Select(r => r.Id)], cancellationToken);

        var rooms = new List<AccountRoom>();
        var opportunities = new List<AccountOpportunity>();
        foreach (var record in records)
        {
            if (await registry.GetAsync(record.Id, cancellationToken) is not { } session)
            {
                continue;
            }

            var state = session.State;
            rooms.Add(new AccountRoom(record.Id, state.Profile.Name, state));
            var health = stored.TryGetValue(record.Id, out var summary) && summary.Version == state.Version
                ? summary.OpenGaps
                : session.Gaps.OpenCounts;
            var key = state.Stakeholders.Values.Where(s => s.IsActive && s.IsKey).ToList();
            var covered = key.Count(s => state.Coverages.Values.Any(c => c.StakeholderId == s.Id));
            opportunities.Add(new AccountOpportunity(record.Id, state.Profile.Name, state.Phase, health, key.Count, covered, leadOf.GetValueOrDefault(record.Id)));
        }

        var network = AccountNetwork.Build(rooms, links);
        return new AccountInsight(opportunities, network, NetworkThinSpots.Find(network), DecisionCulture.Find(rooms));
    }
}
