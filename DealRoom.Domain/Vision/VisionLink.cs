namespace DealRoom.Domain.Vision;

/// <summary>A directed link between two vision elements.</summary>
public sealed record VisionLink
{
    public required string Id { get; init; }
    public required string FromId { get; init; }
    public required string ToId { get; init; }
    public VisionLinkKind Kind { get; init; }
}
