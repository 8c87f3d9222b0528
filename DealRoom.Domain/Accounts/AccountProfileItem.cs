namespace DealRoom.Domain.Accounts;

/// <summary>
/// One item of an account's profile as its sequencer holds it: who recorded it last and when, and the version of the
/// account's log at which it last changed (an editor's base: a write based on an older version is refused).
/// </summary>
public sealed record AccountProfileItem
{
    public required string Id { get; init; }
    public AccountItemKind Kind { get; init; }
    public required string Text { get; init; }

    /// <summary>For financial performance: the figure (e.g. "4.2 bn EUR").</summary>
    public string? Figure { get; init; }

    /// <summary>For financial performance: the period the figure is for (e.g. "FY2025").</summary>
    public string? Period { get; init; }

    public required string RecordedById { get; init; }
    public required string RecordedByName { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The account log's version after the operation that last set this item.</summary>
    public long Version { get; init; }
}
