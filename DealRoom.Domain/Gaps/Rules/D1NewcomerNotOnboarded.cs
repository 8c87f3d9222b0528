using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>D1: an active stakeholder whose phase joined is Buying is not onboarded.</summary>
public sealed class D1NewcomerNotOnboarded() : GapRule("D1", Dynamics.Decision, Severity.Warning, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (s.PhaseJoined == JourneyPhase.Buying && !s.Onboarded)
            {
                findings.Add(Finding(
                    $"{GapText.Who(s)} joined during Buying and is not onboarded",
                    "A newcomer who missed the shared vision often questions the whole approach and sends the group back an iteration.",
                    $"Walk {s.Name} through the shared vision and the business case, then mark them onboarded.",
                    Fingerprint.Of(s.DateJoined?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    s.Id));
            }
        }
    }
}
