namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D6: an Executive sponsor or Economic buyer has a "delegated to" relationship to an active stakeholder who is not
/// covered by the team or not onboarded. Points at both.
/// </summary>
public sealed class D6DelegateNotSecured() : GapRule("D6", Dynamics.Decision, Severity.Critical, Buying)
{
    /// <summary>True when D6 runs in the room's phase and reports this delegation.</summary>
    public static bool Reports(GapContext context, Stakeholders.Relationship delegation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(delegation);
        return context.State.Phase == Stakeholders.JourneyPhase.Buying
            && context.Stakeholder(delegation.FromId) is { } sponsor && GapText.IsSponsor(sponsor)
            && context.Stakeholder(delegation.ToId) is { IsActive: true } delegate_
            && !(delegate_.Onboarded && context.FactsOf(delegate_.Id).IsCovered);
    }

    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var delegation in context.Delegations)
        {
            if (context.Stakeholder(delegation.FromId) is not { } sponsor || !GapText.IsSponsor(sponsor)
                || context.Stakeholder(delegation.ToId) is not { IsActive: true } delegate_)
            {
                continue;
            }

            var covered = context.FactsOf(delegate_.Id).IsCovered;
            if (covered && delegate_.Onboarded)
            {
                continue;
            }

            var missing = (covered, delegate_.Onboarded) switch
            {
                (false, false) => "neither covered nor onboarded",
                (false, true) => "not covered by the team",
                _ => "not onboarded",
            };
            findings.Add(Finding(
                $"{sponsor.Name} delegated the project to {GapText.Who(delegate_)}, who is {missing}",
                "The delegate now carries the decision, and without a line to them the sponsor's support fades with the hand-over.",
                $"Ask {sponsor.Name} to introduce you to {delegate_.Name}, assign a team member to cover them and onboard them to the shared vision.",
                Fingerprint.Of(covered ? "covered" : "-", delegate_.Onboarded ? "onboarded" : "-"),
                sponsor.Id,
                delegate_.Id));
        }
    }
}
