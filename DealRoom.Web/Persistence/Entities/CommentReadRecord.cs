namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// How far one person has read one comment thread: the number of its comments they have seen. Unread counts are
/// the comments past it (their own excepted). Kept outside the op log: reading is nobody else's business, and a
/// read marker must not travel to the room as an operation.
/// </summary>
public sealed class CommentReadRecord
{
    public required string RoomId { get; set; }

    /// <summary>The team user's id, or a customer's invitation-bound id.</summary>
    public required string UserId { get; set; }

    public required string ThreadId { get; set; }

    public int ReadCount { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
