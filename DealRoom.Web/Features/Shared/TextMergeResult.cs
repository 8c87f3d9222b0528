namespace DealRoom.Web.Features.Shared;

/// <summary>
/// The outcome of <see cref="TextMerge.Merge"/>: the merged text when both sides' changes fit together
/// (<see cref="Clean"/>), otherwise no merged text and a <see cref="Suggestion"/> to start combining from.
/// </summary>
public sealed record TextMergeResult(string? Merged, bool Clean, string? Suggestion = null);
