namespace DealRoom.Web.Access;

/// <summary>
/// Access changes that must cut people off at once: whoever holds a connection to the room (hub connections, room
/// pages) listens. With several nodes, a change made here is relayed to the other nodes, which raise it there too.
/// </summary>
public sealed class AccessEvents
{
    /// <summary>An invitation was revoked: (roomId, invitationId).</summary>
    public event Action<string, string>? InvitationRevoked;

    /// <summary>A team member was removed from a room: (roomId, userId).</summary>
    public event Action<string, string>? MemberRemoved;

    /// <summary>A change made on this node (not one relayed from another node), for the relay to pass on.</summary>
    public event Action<AccessChange>? ChangedHere;

    public void RaiseInvitationRevoked(string roomId, string invitationId, bool fromOtherNode = false)
    {
        InvitationRevoked?.Invoke(roomId, invitationId);
        if (!fromOtherNode)
        {
            ChangedHere?.Invoke(new AccessChange(AccessChangeKind.InvitationRevoked, roomId, invitationId));
        }
    }

    public void RaiseMemberRemoved(string roomId, string userId, bool fromOtherNode = false)
    {
        MemberRemoved?.Invoke(roomId, userId);
        if (!fromOtherNode)
        {
            ChangedHere?.Invoke(new AccessChange(AccessChangeKind.MemberRemoved, roomId, userId));
        }
    }

    /// <summary>Raises a change that another node made.</summary>
    public void RaiseFromOtherNode(AccessChange change)
    {
        switch (change.Kind)
        {
            case AccessChangeKind.InvitationRevoked:
                RaiseInvitationRevoked(change.RoomId, change.SubjectId, fromOtherNode: true);
                break;
            case AccessChangeKind.MemberRemoved:
                RaiseMemberRemoved(change.RoomId, change.SubjectId, fromOtherNode: true);
                break;
        }
    }
}

public enum AccessChangeKind
{
    InvitationRevoked,
    MemberRemoved,
}

/// <summary>One access change: an invitation revoked (subject: the invitation id) or a member removed (the user id).</summary>
public sealed record AccessChange(AccessChangeKind Kind, string RoomId, string SubjectId);
