namespace DealRoom.Domain.Team;

/// <summary>A team member covering a stakeholder, with the relationship's current and desired level.</summary>
public sealed record Coverage
{
    public required string Id { get; init; }
    public required string TeamMemberId { get; init; }
    public required string StakeholderId { get; init; }
    public RelationshipLevel CurrentLevel { get; init; }
    public RelationshipLevel DesiredLevel { get; init; } = RelationshipLevel.TrustedAdvisor;
    public ContactDepth ContactDepth { get; init; }
}
