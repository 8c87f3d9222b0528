namespace DealRoom.Domain.History;

/// <summary>
/// One committed operation in plain words: who, when, which element, and what ("stance Neutral → Skeptic").
/// <see cref="Subject"/> names the element ("Erik Lindqvist"); <see cref="Text"/> says the change without the author.
/// <see cref="IsSmallEdit"/> marks field edits and moves, which the feed groups when one person makes many in a row.
/// </summary>
public sealed record ActivityItem(
    long Version,
    string AuthorId,
    string AuthorName,
    DateTimeOffset At,
    string? ElementId,
    string Subject,
    string Text,
    bool IsSmallEdit);
