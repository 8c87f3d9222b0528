namespace DealRoom.Domain.Comments;

/// <summary>The limits a comment is validated against (the same on every replica).</summary>
public static class CommentLimits
{
    /// <summary>The longest comment text, in UTF-16 code units.</summary>
    public const int TextLength = 4_000;

    /// <summary>The most people one comment may mention.</summary>
    public const int Mentions = 20;

    /// <summary>The most comments one thread holds.</summary>
    public const int CommentsPerThread = 500;
}
