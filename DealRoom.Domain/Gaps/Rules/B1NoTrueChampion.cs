using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// B1: no active champion (stance Champion or buying role Champion; critical, id "B1"), or no champion passes the
/// champion test (prefers us, moves budget, sells for us): then each failing champion is a warning "B1:&lt;id&gt;".
/// </summary>
public sealed class B1NoTrueChampion() : GapRule("B1", Dynamics.BuyingGroup, Severity.Critical, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var champions = new List<Stakeholder>();
        foreach (var s in context.Active)
        {
            if (GapText.IsChampion(s))
            {
                if (s.ChampionPrefersUs && s.ChampionMovesBudget && s.ChampionSellsForUs)
                {
                    return;
                }

                champions.Add(s);
            }
        }

        if (champions.Count == 0)
        {
            var former = new List<string>();
            foreach (var s in context.State.Stakeholders.Values)
            {
                if (!s.IsActive && GapText.IsChampion(s))
                {
                    former.Add(s.Id);
                }
            }

            findings.Add(Finding(
                "No champion identified",
                "Without someone inside who sells for you when you are not there, you learn about the decision after it is made.",
                "Find the stakeholder who gains most from the change and run the champion test: prefers us over every alternative, can move budget, sells for us when we are absent.",
                Fingerprint.Of(Fingerprint.Set(former))));
            return;
        }

        foreach (var s in champions)
        {
            var failed = new List<string>(3);
            if (!s.ChampionPrefersUs)
            {
                failed.Add("does not prefer us over every alternative");
            }

            if (!s.ChampionMovesBudget)
            {
                failed.Add("cannot move budget");
            }

            if (!s.ChampionSellsForUs)
            {
                failed.Add("does not sell for us when we are absent");
            }

            findings.Add(Finding(
                Severity.Warning,
                $"{GapText.Who(s)} fails the champion test: {string.Join(", ", failed)}",
                "A friendly contact who fails the champion test is a coach at best, and nobody inside is fighting for the deal.",
                $"Test {s.Name} on what is missing (for example, ask them to set up a meeting with the economic buyer), or develop another champion.",
                Fingerprint.Of(s.ChampionPrefersUs ? "prefers" : "-", s.ChampionMovesBudget ? "budget" : "-", s.ChampionSellsForUs ? "sells" : "-"),
                s.Id));
        }
    }
}
