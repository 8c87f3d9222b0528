namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// E2: an active key stakeholder has a function that a domain expert could cover (not "General management" and the
/// like, <see cref="ExpertiseMatch.HasNoExpert"/>), and no team member's expertise covers it.
/// </summary>
public sealed class E2FunctionWithoutExpert() : GapRule("E2", Dynamics.Expert, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.ActiveKey)
        {
            if (s.Function is not { } function || string.IsNullOrWhiteSpace(function) || ExpertiseMatch.HasNoExpert(function)
                || context.TeamHasExpertise(function))
            {
                continue;
            }

            function = function.Trim();
            findings.Add(Finding(
                $"No {function} expert on the team for {GapText.Who(s)}",
                "A key stakeholder listens most to someone who knows their function's problems from the inside.",
                $"Ask the executive account manager to assign a domain expert in {function} to cover {s.Name}.",
                Fingerprint.Of(function.ToUpperInvariant()),
                s.Id));
        }
    }
}
