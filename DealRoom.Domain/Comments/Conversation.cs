using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Comments;

/// <summary>The comment operations that take part in a conversation, as opposed to editing the room.</summary>
public static class Conversation
{
    /// <summary>
    /// True for starting, answering, resolving and reopening threads and suggesting a change: anyone who may open a room
    /// may take part in its conversations, viewers included. Deciding on a suggestion is an edit (accepting it means
    /// submitting its change).
    /// </summary>
    public static bool IsConversation(Operation operation) =>
        operation is StartThread or ReplyToThread or ResolveThread or ReopenThread or SuggestChange;
}
