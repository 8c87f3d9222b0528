namespace DealRoom.Web.Persistence.Entities;

/// <summary>An in-app notification for one user (the bell).</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Text { get; set; }

    /// <summary>A relative address the notification opens, e.g. "/rooms/room-1".</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
