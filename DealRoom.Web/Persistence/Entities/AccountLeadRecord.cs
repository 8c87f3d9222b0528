namespace DealRoom.Web.Persistence.Entities;

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
