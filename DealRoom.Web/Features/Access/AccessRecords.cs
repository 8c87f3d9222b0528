using Microsoft.AspNetCore.Identity;

namespace DealRoom.Web.Features.Access;

/// <summary>A member of our deal teams, signed in with ASP.NET Core Identity.</summary>
public sealed class TeamUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Expertise areas, comma-separated (domain experts).</summary>
    public string? Expertise { get; set; }
}

/// <summary>A user's role in one room.</summary>
public enum RoomRole
{
    Viewer,
    Editor,
    Owner,
}

/// <summary>Membership of a team user in a room.</summary>
public sealed class RoomMemberRecord
{
    public required string RoomId { get; set; }
    public required string UserId { get; set; }
    public RoomRole Role { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>An executive account manager responsible for an account (and so for its rooms).</summary>
public sealed class AccountManagerRecord
{
    public required string AccountId { get; set; }
    public required string UserId { get; set; }
}

/// <summary>What an invited customer may do in the shared-vision session.</summary>
public enum InvitationRights
{
    View,
    Edit,
}

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

public enum InvitationStatus
{
    Pending,
    Active,
    Expired,
    Revoked,
}

/// <summary>The team roles of DealRoom.</summary>
public static class TeamRoles
{
    public const string Administrator = "Administrator";
    public const string ExecutiveAccountManager = "ExecutiveAccountManager";
    public const string Seller = "Seller";
    public const string DomainExpert = "DomainExpert";

    public static readonly IReadOnlyList<string> All = [Administrator, ExecutiveAccountManager, Seller, DomainExpert];
}
