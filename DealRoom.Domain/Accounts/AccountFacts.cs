namespace DealRoom.Domain.Accounts;

/// <summary>
/// What the gap rules know of the account a room belongs to: facts kept outside the room's op log (the account's
/// portfolio), handed to the rules beside the room's state.
/// </summary>
/// <param name="AccountId">The account the room belongs to.</param>
/// <param name="AccountLeads">The account leads recorded for the account (new business ideas, any stage).</param>
public sealed record AccountFacts(string AccountId, int AccountLeads);
