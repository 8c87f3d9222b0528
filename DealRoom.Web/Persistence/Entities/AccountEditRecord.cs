using DealRoom.Domain.Accounts;

namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// One edit of the account's profile, appended and never changed: the account's own small op log. Its id orders the
/// edits; the profile is the last edit of each item that is not a removal.
/// </summary>
public sealed class AccountEditRecord
{
    public long Id { get; set; }
    public required string AccountId { get; set; }
    public required string ItemId { get; set; }
    public AccountItemKind Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>For financial performance: the figure (e.g. "4.2 bn EUR revenue").</summary>
    public string? Figure { get; set; }

    /// <summary>For financial performance: the period the figure is for (e.g. "FY2025").</summary>
    public string? Period { get; set; }

    public bool Removed { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public DateTimeOffset At { get; set; }
}
