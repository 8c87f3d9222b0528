using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Web.Features.Gaps;

/// <summary>
/// The order of the gap panel: most severe first, then by how much the people a gap is about matter to the
/// decision, then by id. A placeholder stakeholder's gap should never sit above the economic buyer's.
/// </summary>
public static class GapImportance
{
    /// <summary>The gaps in the panel's order (a new list; the input is not changed).</summary>
    public static List<Gap> Order(IEnumerable<Gap> gaps, RoomState state)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(state);
        var keyed = gaps.Select(g => (Gap: g, Key: KeyOf(g, state))).ToList();
        keyed.Sort(static (a, b) =>
        {
            var bySeverity = b.Gap.Severity.CompareTo(a.Gap.Severity);
            if (bySeverity != 0)
            {
                return bySeverity;
            }

            var byPeople = a.Key.CompareTo(b.Key);
            return byPeople != 0 ? byPeople : string.CompareOrdinal(a.Gap.Id, b.Gap.Id);
        });
        return keyed.Select(k => k.Gap).ToList();
    }

    /// <summary>
    /// Smaller sorts first. A room-level gap (no elements, e.g. "no economic buyer identified") is about the whole
    /// buying group and sorts before any one person's; a gap about vision elements only, with no person in it,
    /// sorts after every person's.
    /// </summary>
    internal static (int Tier, int Role, int Influence, int Power) KeyOf(Gap gap, RoomState state)
    {
        if (gap.ElementIds.Count == 0)
        {
            return (0, 0, 0, 0);
        }

        (int Tier, int Role, int Influence, int Power)? best = null;
        foreach (var id in gap.ElementIds)
        {
            if (state.Stakeholders.TryGetValue(id, out var s))
            {
                var key = (1, RoleRank(s.BuyingRole), -(s.Influence ?? 0), -(s.Power ?? 0)); // not assessed sorts after any rating
                if (best is null || key.CompareTo(best.Value) < 0)
                {
                    best = key;
                }
            }
        }

        return best ?? (2, 0, 0, 0);
    }

    /// <summary>The people who make the final call first; every other role after them, ranked by influence and power.</summary>
    internal static int RoleRank(BuyingRole role) => role switch
    {
        BuyingRole.EconomicBuyer => 0,
        BuyingRole.ExecutiveSponsor => 1,
        BuyingRole.DecisionMaker => 2,
        _ => 3,
    };
}
