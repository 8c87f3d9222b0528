namespace DealRoom.Web.Persistence.Entities;

/// <summary>A user's role in one room.</summary>
public enum RoomRole
{
    Viewer,
    Editor,
    Owner,
}
