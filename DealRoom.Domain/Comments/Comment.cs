using System.Collections.Immutable;

namespace DealRoom.Domain.Comments;

/// <summary>One message in a thread: who wrote it and when (from the operation's context), its text and whom it mentions.</summary>
/// <param name="Mentions">The user ids of the room members the comment mentions.</param>
public sealed record Comment(string Id, string AuthorId, string AuthorName, DateTimeOffset At, string Text, ImmutableList<string> Mentions);
