namespace DealRoom.Domain.Comments;

/// <summary>Who a comment thread is for, chosen when it is started and never changed afterwards.</summary>
public enum ThreadVisibility
{
    /// <summary>The deal team only: never sent to a customer on any path.</summary>
    Internal,

    /// <summary>The team and the room's invited customers.</summary>
    Shared,
}
