using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// H2: an active stakeholder's stance is lower than in the baseline, on the scale Champion &gt; Supporter &gt;
/// Neutral &gt; Skeptic &gt; Blocker (Unknown on either side is not a drop). Critical when the stance is now Blocker.
/// </summary>
public sealed class H2StanceDropped() : GapRule("H2", Dynamics.History, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.State.Baseline is null)
        {
            return;
        }

        foreach (var s in context.Active)
        {
            if (context.BaselineStakeholder(s.Id) is not { } before
                || Rank(s.Stance) is not { } now || Rank(before.Stance) is not { } then || now >= then)
            {
                continue;
            }

            findings.Add(Finding(
                s.Stance == Stance.Blocker ? Severity.Critical : Severity,
                $"{GapText.Who(s)} dropped from {before.Stance} to {s.Stance} {context.Membership.SinceBaseline}",
                "A stance that drops signals a concern you have not heard yet, and it spreads if nobody addresses it.",
                $"Find out in a one-to-one conversation what changed for {s.Name}: a new player, a risk, a competitor's pitch.",
                Fingerprint.Of(before.Stance.ToString(), s.Stance.ToString()),
                s.Id));
        }
    }

    private static int? Rank(Stance stance) => stance switch
    {
        Stance.Champion => 4,
        Stance.Supporter => 3,
        Stance.Neutral => 2,
        Stance.Skeptic => 1,
        Stance.Blocker => 0,
        _ => null,
    };
}
