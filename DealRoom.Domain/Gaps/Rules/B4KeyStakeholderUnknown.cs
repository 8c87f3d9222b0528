using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>B4: an active key stakeholder's buying role or stance is Unknown.</summary>
public sealed class B4KeyStakeholderUnknown() : GapRule("B4", Dynamics.BuyingGroup, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.ActiveKey)
        {
            var role = s.BuyingRole == BuyingRole.Unknown;
            var stance = s.Stance == Stance.Unknown;
            if (!role && !stance)
            {
                continue;
            }

            var missing = role && stance ? "buying role and stance" : role ? "buying role" : "stance";
            findings.Add(Finding(
                $"{GapText.Who(s)} is a key stakeholder with unknown {missing}",
                "You cannot navigate a key stakeholder whose part in the decision or view of the change is a guess.",
                $"Ask your champion what part {s.Name} plays in the decision and how they see the change, and record both.",
                Fingerprint.Of(role ? "role" : "-", stance ? "stance" : "-"),
                s.Id));
        }
    }
}
