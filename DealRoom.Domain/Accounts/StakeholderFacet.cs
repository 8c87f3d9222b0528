using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;

namespace DealRoom.Domain.Accounts;

/// <summary>
/// What the account's network follows of a stakeholder over time in one room: their buying role, stance, whether they
/// are still in the buying group, and the strongest relationship our team holds to them there (null: nobody covers them).
/// </summary>
public sealed record StakeholderFacet(BuyingRole BuyingRole, Stance Stance, bool IsActive, RelationshipLevel? CoverageLevel, string? CoveredBy)
{
    /// <summary>The facet of one stakeholder in a state.</summary>
    public static StakeholderFacet Of(Rooms.RoomState state, Stakeholder stakeholder, IEnumerable<Coverage> coverage)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(stakeholder);
        var strongest = coverage
            .Where(c => state.TeamMembers.ContainsKey(c.TeamMemberId))
            .OrderByDescending(c => c.CurrentLevel).ThenByDescending(c => c.ContactDepth)
            .ThenBy(c => state.TeamMembers[c.TeamMemberId].Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return new StakeholderFacet(stakeholder.BuyingRole, stakeholder.Stance, stakeholder.IsActive,
            strongest?.CurrentLevel, strongest is null ? null : state.TeamMembers[strongest.TeamMemberId].Name);
    }
}
