using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>C3: no active stakeholder has the buying role Executive sponsor.</summary>
public sealed class C3NoExecutiveSponsor() : GapRule("C3", Dynamics.Change, Severity.Critical, Awareness)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        // Sponsors who left are part of the facts: losing one reopens an acknowledged gap.
        var former = new List<string>();
        foreach (var s in context.State.Stakeholders.Values)
        {
            if (s.BuyingRole == BuyingRole.ExecutiveSponsor)
            {
                if (s.IsActive)
                {
                    return;
                }

                former.Add(s.Id);
            }
        }

        findings.Add(Finding(
            "No executive sponsor identified",
            "Without a senior executive who owns the change, nobody in the group can decide that the current state has to go.",
            "Ask your contacts who will own this change at the top, and map that person as Executive sponsor.",
            Fingerprint.Of(Fingerprint.Set(former))));
    }
}
