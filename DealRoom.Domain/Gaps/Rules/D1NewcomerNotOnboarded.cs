using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D1: an active stakeholder who joined the group in the current phase (<see cref="Membership.JoinedThisPhase"/>) is
/// not onboarded. Every phase: each phase's iterations bring newcomers who can send the group back.
/// </summary>
public sealed class D1NewcomerNotOnboarded() : GapRule("D1", Dynamics.Decision, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var phase = context.State.Phase;
        var membership = context.Membership;
        foreach (var s in context.Active)
        {
            if (s.Onboarded || !membership.JoinedThisPhase(s))
            {
                continue;
            }

            findings.Add(Finding(
                context.State.PhaseHistory.IsEmpty
                    ? $"{GapText.Who(s)} joined after the group's first iteration and is not onboarded"
                    : $"{GapText.Who(s)} joined during {GapText.Label(phase)} and is not onboarded",
                "A newcomer who missed the shared vision often questions the whole approach and sends the group back an iteration.",
                phase switch
                {
                    JourneyPhase.Awareness => $"Walk {s.Name} through the current state, the challenges and the emerging shared vision, learn their concept, then mark them onboarded.",
                    JourneyPhase.Buying => $"Walk {s.Name} through the shared vision and the business case, then mark them onboarded.",
                    _ => $"Walk {s.Name} through the shared vision, the business case and the value delivered so far, then mark them onboarded.",
                },
                Fingerprint.Of(s.DateJoined?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                s.Id));
        }
    }
}
