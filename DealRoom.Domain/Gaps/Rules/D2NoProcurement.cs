using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>D2: no active stakeholder has the buying role Procurement or a function naming procurement or purchasing.</summary>
public sealed class D2NoProcurement() : GapRule("D2", Dynamics.Decision, Severity.Warning, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (IsProcurement(s))
            {
                return;
            }
        }

        findings.Add(Finding(
            "No procurement stakeholder identified",
            "Procurement joins every buying decision, and meeting them late means negotiating price on their terms.",
            "Ask your champion who runs procurement for this purchase, and map them with the Procurement buying role.",
            Fingerprint.Of("no-procurement")));
    }

    public static bool IsProcurement(Stakeholder s) =>
        s.BuyingRole == BuyingRole.Procurement
        || (s.Function is { } f
            && (f.Contains("procurement", StringComparison.OrdinalIgnoreCase) || f.Contains("purchasing", StringComparison.OrdinalIgnoreCase)));
}
