using DealRoom.Domain.Accounts;

namespace DealRoom.Web.Persistence;

/// <summary>Where a new business idea for the account comes from.</summary>
public enum AccountLeadSource
{
    ConfirmedValue,
    Initiative,
    Trend,
}

/// <summary>How far a business idea has come: account lead, lead, opportunity (a deal room).</summary>
public enum AccountLeadStage
{
    AccountLead,
    Lead,
    Opportunity,
}

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

/// <summary>A new business idea of the account and how far it has come; an opportunity links to its deal room.</summary>
public sealed class AccountLeadRecord
{
    public required string Id { get; set; }
    public required string AccountId { get; set; }
    public required string Title { get; set; }
    public AccountLeadSource SourceKind { get; set; }

    /// <summary>The confirmed value, initiative or trend it comes from, in words.</summary>
    public string? Source { get; set; }

    public AccountLeadStage Stage { get; set; }
    public string? RoomId { get; set; }
    public required string CreatedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The team's statement that two stakeholders of the account's rooms are one person (see <c>ContactLink</c>).</summary>
public sealed class ContactLinkRecord
{
    public long Id { get; set; }
    public required string AccountId { get; set; }
    public required string RoomId { get; set; }
    public required string StakeholderId { get; set; }
    public required string OtherRoomId { get; set; }
    public required string OtherStakeholderId { get; set; }
    public required string CreatedByName { get; set; }
    public DateTimeOffset At { get; set; }
}
