namespace DealRoom.Domain.Vision;

/// <summary>A stakeholder's stake in a vision element: endorses it, holds a concept, wants a result, gains a win.</summary>
public sealed record Endorsement
{
    public required string Id { get; init; }
    public required string StakeholderId { get; init; }
    public required string ElementId { get; init; }
    public EndorsementKind Kind { get; init; }
}
