namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// C1: an active stakeholder with influence 3 or more, or whose influence is not assessed yet (they may well matter),
/// holds no concept.
/// </summary>
public sealed class C1NoKnownConcept() : GapRule("C1", Dynamics.Change, Severity.Warning, Awareness)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (s.Influence < 3 || context.FactsOf(s.Id).ConceptsHeld.Count > 0)
            {
                continue;
            }

            findings.Add(Finding(
                s.Influence is { } influence
                    ? $"{GapText.Who(s)} has influence {GapText.N(influence)} and no known concept"
                    : $"{GapText.Who(s)} has no known concept, and their influence is not assessed",
                "Until you know how an influential stakeholder would tackle the situation, you cannot tailor a perspective they will back.",
                s.Influence is null
                    ? $"Ask {s.Name} how they would approach the challenge, record it as a Concept they hold, and assess their influence."
                    : $"Ask {s.Name} how they would approach the challenge, and record it as a Concept they hold.",
                Fingerprint.Of(GapText.N(s.Influence)),
                s.Id));
        }
    }
}
