namespace DealRoom.Web.Persistence.Entities;

/// <summary>What an invited customer may do in the shared-vision session.</summary>
public enum InvitationRights
{
    View,
    Edit,
}
