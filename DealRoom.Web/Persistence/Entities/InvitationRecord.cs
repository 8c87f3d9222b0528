namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// A customer's invitation to one room. The token itself is never stored: only its SHA-256 hash.
/// </summary>
public sealed class InvitationRecord
{
    public required string Id { get; set; }
    public required string RoomId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public InvitationRights Rights { get; set; }

    /// <summary>The stakeholder this customer speaks for, if any: their endorsements are in that name.</summary>
    public string? StakeholderId { get; set; }

    public required string TokenHash { get; set; }
    public required string CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>The name the customer gave when they opened the link.</summary>
    public string? AcceptedName { get; set; }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationStatus.Revoked
        : ExpiresAt <= now ? InvitationStatus.Expired
        : LastUsedAt is not null ? InvitationStatus.Active
        : InvitationStatus.Pending;
}
