namespace DealRoom.Web.Features.News;

/// <summary>What changed: expert requests or notifications, an account, or the expert facts of rooms (gaps E3–E5).</summary>
public enum NewsKind
{
    Experts,
    Account,
    ExpertFacts,
}
