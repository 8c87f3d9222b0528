using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// C6: an active Skeptic or Blocker with influence 3 or more, or whose influence is not assessed, has no covering
/// team member. Critical for a Blocker.
/// </summary>
public sealed class C6UncoveredOpponent() : GapRule("C6", Dynamics.Change, Severity.Warning, AwarenessAndBuying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (!GapText.IsOpposed(s) || s.Influence < 3 || context.FactsOf(s.Id).IsCovered)
            {
                continue;
            }

            var blocker = s.Stance == Stance.Blocker;
            findings.Add(Finding(
                blocker ? Severity.Critical : Severity,
                s.Influence is null
                    ? $"{GapText.Who(s)} is {GapText.Label(s.Stance)} whose influence is not assessed, and nobody covers them"
                    : $"{GapText.Who(s)} is {GapText.Label(s.Stance)} with influence {GapText.N(s.Influence)} and nobody covers them",
                blocker
                    ? "An uncovered blocker with clout can stop the decision without you ever hearing why."
                    : "An uncovered skeptic with clout can stall the decision without you ever hearing why.",
                $"Assign a team member to cover {s.Name} and plan a conversation about their concerns.",
                Fingerprint.Of(s.Stance.ToString(), GapText.N(s.Influence)),
                s.Id));
        }
    }
}
