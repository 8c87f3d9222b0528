using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>D7: a Risk has no incoming "mitigates" link.</summary>
public sealed class D7UnmitigatedRisk() : GapRule("D7", Dynamics.Decision, Severity.Warning, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var risk in context.ElementsOf(VisionElementType.Risk))
        {
            if (!context.IsMitigated(risk.Id))
            {
                findings.Add(Finding(
                    $"Risk {GapText.What(risk)} has no mitigation",
                    "An unmitigated risk is the easiest reason for a cautious buying group to do nothing.",
                    $"Agree with the customer how to reduce {GapText.What(risk)} (a milestone, a capability, a reference) and link it as mitigating the risk.",
                    Fingerprint.Of("unmitigated"),
                    risk.Id));
            }
        }
    }
}
