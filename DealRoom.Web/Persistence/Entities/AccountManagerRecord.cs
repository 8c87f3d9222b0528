namespace DealRoom.Web.Persistence.Entities;

/// <summary>An executive account manager responsible for an account (and so for its rooms).</summary>
public sealed class AccountManagerRecord
{
    public required string AccountId { get; set; }
    public required string UserId { get; set; }
}
