using System.Collections.Immutable;
using DealRoom.Domain.Comments;

namespace DealRoom.Domain.Rooms.Operations;

/// <summary>
/// Starts a comment thread on an element of either map or on a gap, with its first comment. The thread's id is
/// also its first comment's id. <paramref name="Mentions"/> are room members' user ids.
/// </summary>
public sealed record StartThread(string Id, string AnchorId, ThreadVisibility Visibility, string Text, ImmutableList<string> Mentions) : Operation
{
    public override string Type => "startThread";
}

/// <summary>Adds a reply to a thread (reopening is separate: a reply to a resolved thread keeps it resolved).</summary>
public sealed record ReplyToThread(string Id, string ThreadId, string Text, ImmutableList<string> Mentions) : Operation
{
    public override string Type => "reply";
}

/// <summary>Marks a thread resolved.</summary>
public sealed record ResolveThread(string ThreadId) : Operation
{
    public override string Type => "resolveThread";
}

/// <summary>Opens a resolved thread again.</summary>
public sealed record ReopenThread(string ThreadId) : Operation
{
    public override string Type => "reopenThread";
}

/// <summary>
/// Proposes a change to the shared-vision map in a new shared thread: <paramref name="Change"/> is the operation the
/// team would submit if it accepts. The thread hangs on the element the change touches (the room for an add).
/// </summary>
public sealed record SuggestChange(string Id, string Text, Operation Change) : Operation
{
    public override string Type => "suggestChange";
}

/// <summary>Records that the team accepted a suggestion (after submitting its change as an ordinary operation).</summary>
public sealed record AcceptSuggestion(string ThreadId) : Operation
{
    public override string Type => "acceptSuggestion";
}

/// <summary>Records that the team declined a suggestion, with an optional reason.</summary>
public sealed record DeclineSuggestion(string ThreadId, string? Reason) : Operation
{
    public override string Type => "declineSuggestion";
}
