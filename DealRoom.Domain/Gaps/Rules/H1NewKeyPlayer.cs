namespace DealRoom.Domain.Gaps.Rules;

/// <summary>H1: an active key stakeholder was not in the baseline, or had left the group in it.</summary>
public sealed class H1NewKeyPlayer() : GapRule("H1", Dynamics.History, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.State.Baseline is null)
        {
            return;
        }

        foreach (var s in context.ActiveKey)
        {
            if (context.BaselineStakeholder(s.Id) is { IsActive: true })
            {
                continue;
            }

            findings.Add(Finding(
                $"{GapText.Who(s)} is a new key player {context.Membership.SinceBaseline}",
                "A new player with weight in the decision can question the whole approach and send the group back an iteration.",
                $"Meet {s.Name} early, learn their concept and desired results, and bring them onto the same page as the group.",
                Fingerprint.Of(s.BuyingRole.ToString(), GapText.N(s.Influence)),
                s.Id));
        }
    }
}
