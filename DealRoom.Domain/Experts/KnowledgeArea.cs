namespace DealRoom.Domain.Experts;

/// <summary>The knowledge areas of the method that an expertise area belongs to.</summary>
public enum KnowledgeArea
{
    OurCapabilities,
    MarketAndTrends,
    CustomerIndustry,
    InternalMethodsAndTools,
}
