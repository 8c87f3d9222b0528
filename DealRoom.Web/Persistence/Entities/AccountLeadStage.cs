namespace DealRoom.Web.Persistence.Entities;

/// <summary>How far a business idea has come: account lead, lead, opportunity (a deal room).</summary>
public enum AccountLeadStage
{
    AccountLead,
    Lead,
    Opportunity,
}
