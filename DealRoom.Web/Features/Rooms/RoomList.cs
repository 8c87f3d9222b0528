using System.Security.Claims;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// The rooms a user sees on the rooms page, each with its summary. A room open on this node is summarized live; any
/// other from its stored summary, so listing a hundred rooms loads none of them. Only a room never summarized yet
/// is loaded (and summarized for next time). A customer's one room is counted in their projection.
/// </summary>
public sealed class RoomList(MembershipService memberships, RoomRegistry registry, RoomSummaryStore summaries)
{
    public async Task<IReadOnlyList<RoomSummary>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var records = await memberships.VisibleRoomsAsync(user, cancellationToken);
        var result = new List<RoomSummary>(records.Count);
        if (user.IsCustomer())
        {
            foreach (var record in records)
            {
                if (await registry.GetAsync(record.Id, cancellationToken) is { } session)
                {
                    result.Add(RoomSummary.ForCustomer(session.State));
                }
            }

            return result;
        }

        var stored = await summaries.GetAsync([.. records.Select(r => r.Id)], cancellationToken);
        foreach (var record in records)
        {
            var session = registry.Loaded(record.Id);
            if (session is null && stored.TryGetValue(record.Id, out var summary))
            {
                result.Add(summary);
                continue;
            }

            session ??= await registry.GetAsync(record.Id, cancellationToken);
            if (session is not null)
            {
                result.Add(RoomSummary.ForTeam(session.State, session.Gaps));
            }
        }

        return result;
    }
}
