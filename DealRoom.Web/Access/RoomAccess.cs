namespace DealRoom.Web.Access;

/// <summary>What a caller may do in one room, and who they are there.</summary>
public sealed record RoomAccess(bool CanView, bool CanEdit, ParticipantKind Audience, string UserId, string Name)
{
    /// <summary>The team member's role in the room (null for customers and strangers).</summary>
    public RoomRole? Role { get; init; }

    /// <summary>For customers: the invitation they came in with.</summary>
    public string? InvitationId { get; init; }

    /// <summary>For customers: the stakeholder they speak for, if the invitation names one.</summary>
    public string? StakeholderId { get; init; }

    public bool IsCustomer => Audience == ParticipantKind.Customer;

    public bool IsOwner => Role == RoomRole.Owner;

    /// <summary>What the room session checks for every operation this caller submits.</summary>
    public RoomGrant ToGrant() => new(UserId, Name, Audience, CanEdit, StakeholderId);

    public static RoomAccess Denied(string userId, string name) => new(false, false, ParticipantKind.Team, userId, name);
}
