namespace DealRoom.Web.Features.History;

/// <summary>A point on the history's timeline: an iteration, a phase change, or a run of edits; opening it shows that version.</summary>
public sealed record TimelinePoint(long Version, string Kind, string Label, string? Detail);
