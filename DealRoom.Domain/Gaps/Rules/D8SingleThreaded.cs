using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D8: with at least two active key stakeholders, at most one of them is covered, or every coverage of a key
/// stakeholder comes from the same team member. Every phase: one thread is as fragile while learning each key
/// stakeholder's concept and while confirming value with each of them as it is while buying.
/// </summary>
public sealed class D8SingleThreaded() : GapRule("D8", Dynamics.Decision, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var keys = context.ActiveKey;
        if (keys.Count < 2)
        {
            return;
        }

        var covered = new List<string>();
        string? firstCovered = null;
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in keys)
        {
            var facts = context.FactsOf(s.Id);
            if (facts.IsCovered)
            {
                covered.Add(s.Id);
                firstCovered ??= GapText.Who(s);
                members.UnionWith(facts.CoveringMembers);
            }
        }

        string title;
        if (covered.Count == 0)
        {
            title = $"Single-threaded: none of the {GapText.N(keys.Count)} key stakeholders is covered";
        }
        else if (covered.Count == 1)
        {
            title = $"Single-threaded: {firstCovered} is the only one of {GapText.N(keys.Count)} key stakeholders the team covers";
        }
        else if (members.Count == 1)
        {
            var member = members.First();
            var name = context.State.TeamMembers.TryGetValue(member, out var m) ? m.Name : member;
            title = $"Single-threaded: {name} is the only team member covering key stakeholders";
        }
        else
        {
            return;
        }

        findings.Add(Finding(
            title,
            "If the deal hangs on one thread, losing that one person or relationship loses the deal.",
            context.State.Phase switch
            {
                JourneyPhase.Awareness => "Cover at least two more key stakeholders, through different team members, and learn each one's concept of the change.",
                JourneyPhase.Buying => "Cover at least two more key stakeholders, through different team members, before the proposal goes out.",
                _ => "Cover at least two more key stakeholders, through different team members, and hold a value conversation with each of them.",
            },
            Fingerprint.Of(Fingerprint.Set(covered), Fingerprint.Set([.. members]))));
    }
}
