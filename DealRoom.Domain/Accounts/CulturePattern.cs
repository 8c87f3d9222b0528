namespace DealRoom.Domain.Accounts;

/// <summary>A decision-dynamics pattern that can repeat across an account's opportunities.</summary>
public enum CulturePattern
{
    /// <summary>Procurement joins the buying group only once the customer is buying, not while the need is shaped.</summary>
    ProcurementJoinsLate,

    /// <summary>The economic buyer delegates the decision.</summary>
    EconomicBuyerDelegates,

    /// <summary>Two or more decision makers decide together: a committee.</summary>
    CommitteeDecides,
}
