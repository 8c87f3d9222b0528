namespace DealRoom.Web.Persistence.Entities;

public enum InvitationStatus
{
    Pending,
    Active,
    Expired,
    Revoked,
}
