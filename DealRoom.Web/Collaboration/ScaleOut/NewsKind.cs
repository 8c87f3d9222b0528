namespace DealRoom.Web.Collaboration.ScaleOut;

/// <summary>What changed: expert requests or notifications, or an account.</summary>
public enum NewsKind
{
    Experts,
    Account,
}
