namespace DealRoom.Web.Access;

/// <summary>Notes that a customer used their invitation (the hub's <c>JoinRoom</c>); implemented by the invitation service.</summary>
public interface IInvitationTracker
{
    Task TouchAsync(string invitationId, CancellationToken cancellationToken);
}
