using System.Collections.Immutable;

namespace DealRoom.Domain.Comments;

/// <summary>
/// A conversation anchored to an element, a gap or (for a suggestion) the room. Its first comment opens it; its
/// visibility never changes, so an internal thread can never become visible to a customer by any later operation.
/// </summary>
public sealed record CommentThread
{
    public required string Id { get; init; }

    public required AnchorKind AnchorKind { get; init; }

    /// <summary>The element's or gap's id; empty for <see cref="AnchorKind.Room"/>.</summary>
    public required string AnchorId { get; init; }

    public required ThreadVisibility Visibility { get; init; }

    /// <summary>Oldest first; never empty.</summary>
    public required ImmutableList<Comment> Comments { get; init; }

    public bool Resolved { get; init; }

    /// <summary>Who resolved the thread, while it is resolved.</summary>
    public string? ResolvedByName { get; init; }

    /// <summary>The proposed change when the thread is a suggestion, else null.</summary>
    public Suggestion? Suggestion { get; init; }

    public bool IsShared => Visibility == ThreadVisibility.Shared;

    public Comment Opening => Comments[0];
}
