using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>B2: among active key stakeholders (at least one), Champions and Supporters do not outnumber Skeptics and Blockers.</summary>
public sealed class B2OppositionNotOutweighed() : GapRule("B2", Dynamics.BuyingGroup, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var keys = context.ActiveKey;
        if (keys.Count == 0)
        {
            return;
        }

        int support = 0, opposition = 0;
        foreach (var s in keys)
        {
            if (s.Stance is Stance.Champion or Stance.Supporter)
            {
                support++;
            }
            else if (s.Stance is Stance.Skeptic or Stance.Blocker)
            {
                opposition++;
            }
        }

        if (support > opposition)
        {
            return;
        }

        findings.Add(Finding(
            $"Support does not outweigh opposition: {GapText.N(support)} of {GapText.N(keys.Count)} key stakeholders back the change, {GapText.N(opposition)} oppose it",
            "A group decides to change only when the people who matter and back it outnumber those who resist.",
            opposition > 0
                ? "Work on the key skeptics' concerns one to one, and turn neutral key stakeholders into supporters with tailored perspectives."
                : "Turn neutral key stakeholders into supporters with perspectives tailored to their desired results.",
            Fingerprint.Of(GapText.N(support), GapText.N(opposition))));
    }
}
