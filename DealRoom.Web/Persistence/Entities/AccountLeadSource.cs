namespace DealRoom.Web.Persistence.Entities;

/// <summary>Where a new business idea for the account comes from.</summary>
public enum AccountLeadSource
{
    ConfirmedValue,
    Initiative,
    Trend,
}
