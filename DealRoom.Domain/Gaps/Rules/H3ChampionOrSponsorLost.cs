using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// H3: a stakeholder who was an active champion, Executive sponsor or Economic buyer in the baseline has since left
/// the group (date left set, or removed) or delegated the project (a "delegated to" relationship the baseline lacks) to
/// a delegate the team has not yet covered and onboarded. A sponsor's delegation that D6 reports is left to D6.
/// </summary>
public sealed class H3ChampionOrSponsorLost() : GapRule("H3", Dynamics.History, Severity.Critical, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.State.Baseline is not { } baseline)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var before in baseline.Stakeholders.Values)
        {
            if (!before.IsActive || !(GapText.IsChampion(before) || GapText.IsSponsor(before)))
            {
                continue;
            }

            if (context.Stakeholder(before.Id) is not { IsActive: true })
            {
                reported.Add(before.Id);
                findings.Add(Finding(
                    $"{GapText.Who(before)}, your {RoleOf(before)}, left the buying group {context.Membership.SinceBaseline}",
                    "Losing your champion or sponsor changes who decides, and the support you built may not carry over.",
                    $"Find out who takes over {before.Name}'s part, ask {before.Name} for an introduction if you still can, and rebuild sponsorship with them.",
                    Fingerprint.Of("left"),
                    before.Id));
            }
        }

        foreach (var delegation in context.Delegations)
        {
            if (baseline.Relationships.ContainsKey(delegation.Id)
                || reported.Contains(delegation.FromId)
                || context.BaselineStakeholder(delegation.FromId) is not { IsActive: true } before
                || !(GapText.IsChampion(before) || GapText.IsSponsor(before))
                || context.Stakeholder(delegation.ToId) is not { } delegate_
                || IsSecured(context, delegate_)
                || D6DelegateNotSecured.Reports(context, delegation))
            {
                continue;
            }

            reported.Add(delegation.FromId);
            findings.Add(Finding(
                $"{GapText.Who(before)}, your {RoleOf(before)}, delegated the project to {GapText.Who(delegate_)} {context.Membership.SinceBaseline}",
                "Losing your champion or sponsor changes who decides, and the support you built may not carry over.",
                $"Ask {before.Name} to introduce you to {delegate_.Name}, and keep {before.Name} informed as the sponsor of the change.",
                Fingerprint.Of("delegated", delegate_.Id),
                before.Id));
        }
    }

    // The hand-over is done once the team covers and onboards the delegate: nothing left to act on.
    private static bool IsSecured(GapContext context, Stakeholder delegate_) =>
        delegate_.IsActive && delegate_.Onboarded && context.FactsOf(delegate_.Id).IsCovered;

    private static string RoleOf(Stakeholder s) => GapText.IsChampion(s)
        ? "champion"
        : s.BuyingRole == BuyingRole.EconomicBuyer ? "economic buyer" : "executive sponsor";
}
