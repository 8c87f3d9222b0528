namespace DealRoom.Domain.Gaps.Rules;

/// <summary>C2: an active key stakeholder wants no desired result or gains no win.</summary>
public sealed class C2NoResultOrWin() : GapRule("C2", Dynamics.Change, Severity.Warning, Awareness)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.ActiveKey)
        {
            var facts = context.FactsOf(s.Id);
            if (facts.WantsResult && facts.GainsWin)
            {
                continue;
            }

            var missing = (facts.WantsResult, facts.GainsWin) switch
            {
                (false, false) => "no desired result and no personal win",
                (false, true) => "no desired result",
                _ => "no personal win",
            };
            findings.Add(Finding(
                $"{GapText.Who(s)} has {missing} recorded",
                "A key stakeholder backs the change only when it delivers a business result they own and something they gain personally.",
                $"In your next conversation with {s.Name}, ask what result they must deliver and what is in it for them; record them as a Desired result and a Win they hold.",
                Fingerprint.Of(facts.WantsResult ? "result" : "-", facts.GainsWin ? "win" : "-"),
                s.Id));
        }
    }
}
