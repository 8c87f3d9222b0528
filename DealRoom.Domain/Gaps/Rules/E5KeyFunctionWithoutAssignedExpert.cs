using DealRoom.Domain.Experts;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// E5: an active key stakeholder's function is covered on the team only by someone who is not an expert assigned to
/// the room (a seller's or a colleague's card says "Finance"), so nobody has hours allocated for it. Where nobody on
/// the team covers the function at all, E2 already says so and E5 stays silent. Sales and the functions no domain
/// expert stands for (<see cref="ExpertiseMatch.HasNoExpert"/>) are left out, as in E2.
/// </summary>
public sealed class E5KeyFunctionWithoutAssignedExpert() : GapRule("E5", Dynamics.Expert, Severity.Info, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.Experts is not { } experts)
        {
            return;
        }

        foreach (var s in context.ActiveKey)
        {
            if (s.Function is not { } function || string.IsNullOrWhiteSpace(function) || ExpertiseMatch.HasNoExpert(function)
                || ExpertiseMatch.IsSales(function) || !context.TeamHasExpertise(function) || AssignedCover(experts, function))
            {
                continue;
            }

            function = function.Trim();
            findings.Add(Finding(
                $"No assigned {function} expert for {GapText.Who(s)}",
                "Someone on the team knows the function, but without hours allocated to this room the key stakeholder gets their attention only when it is spare.",
                $"Request a {function} expert for {s.Name} from the executive account manager, so the hours are planned.",
                Fingerprint.Of(function.ToUpperInvariant()),
                s.Id));
        }
    }

    private static bool AssignedCover(RoomExpertFacts experts, string function)
    {
        foreach (var expert in experts.Assigned)
        {
            foreach (var area in expert.Areas)
            {
                if (ExpertiseMatch.Covers(area, function))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
