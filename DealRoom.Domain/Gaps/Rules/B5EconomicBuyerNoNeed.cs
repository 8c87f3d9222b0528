using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>B5: an active Economic buyer is in response mode Even keel or Overconfident.</summary>
public sealed class B5EconomicBuyerNoNeed() : GapRule("B5", Dynamics.BuyingGroup, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (s.BuyingRole == BuyingRole.EconomicBuyer && s.ResponseMode is ResponseMode.EvenKeel or ResponseMode.Overconfident)
            {
                findings.Add(Finding(
                    $"{GapText.Who(s)}, the economic buyer, is in {GapText.Label(s.ResponseMode)} mode: no felt need to change",
                    "An economic buyer who sees no gap between results and goals will not fund the change, however good the case.",
                    $"Show {s.Name} the discrepancy in their own metrics, or the risk ahead, that turns complacency into a reason to act.",
                    Fingerprint.Of(s.ResponseMode.ToString()),
                    s.Id));
            }
        }
    }
}
