namespace DealRoom.Web.Features.Access;

/// <summary>In-process notices that someone's access ended, so open pages and hub connections can close at once.</summary>
public sealed class AccessEvents
{
    /// <summary>An invitation was revoked: (roomId, invitationId).</summary>
    public event Action<string, string>? InvitationRevoked;

    /// <summary>A team member was removed from a room: (roomId, userId).</summary>
    public event Action<string, string>? MemberRemoved;

    public void RaiseInvitationRevoked(string roomId, string invitationId) => InvitationRevoked?.Invoke(roomId, invitationId);

    public void RaiseMemberRemoved(string roomId, string userId) => MemberRemoved?.Invoke(roomId, userId);
}
