namespace DealRoom.Web.Persistence.Entities;

/// <summary>Membership of a team user in a room.</summary>
public sealed class RoomMemberRecord
{
    public required string RoomId { get; set; }
    public required string UserId { get; set; }
    public RoomRole Role { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
