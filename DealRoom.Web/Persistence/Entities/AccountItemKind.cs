namespace DealRoom.Web.Persistence.Entities;

/// <summary>What an item of the account's profile says.</summary>
public enum AccountItemKind
{
    Vision,
    BusinessStrategy,
    StrategicInitiative,
    Challenge,
    IndustryTrend,
    FinancialPerformance,
}
