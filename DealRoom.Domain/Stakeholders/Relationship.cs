namespace DealRoom.Domain.Stakeholders;

/// <summary>A directed relationship between two stakeholders.</summary>
public sealed record Relationship
{
    public required string Id { get; init; }
    public required string FromId { get; init; }
    public required string ToId { get; init; }
    public RelationshipKind Kind { get; init; }
    public RelationshipStrength Strength { get; init; } = RelationshipStrength.Medium;
}
