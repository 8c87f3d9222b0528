namespace DealRoom.Domain.Comments;

/// <summary>Where a customer's suggested change stands.</summary>
public enum SuggestionStatus
{
    Pending,
    Accepted,
    Declined,
}
