using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D11: an active key stakeholder other than an Economic buyer (D3 asks about those) has an Unknown decision-making
/// style or information preference.
/// </summary>
public sealed class D11KeyStakeholderStyleUnknown() : GapRule("D11", Dynamics.Decision, Severity.Warning, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.ActiveKey)
        {
            var style = s.DecisionStyle == DecisionStyle.Unknown;
            var preference = s.InformationPreference == InformationPreference.Unknown;
            if (s.BuyingRole == BuyingRole.EconomicBuyer || !(style || preference))
            {
                continue;
            }

            findings.Add(Finding(
                $"{GapText.Who(s)} is a key stakeholder with an unknown {StyleUnknown.Missing(style, preference)}",
                "Each key stakeholder weighs the proposal in their own way, and a case built for the wrong style or in the wrong form loses them.",
                $"Ask your champion how {s.Name} makes decisions and what they want to see (numbers, references, detail, the big picture), and record their {StyleUnknown.Missing(style, preference)}.",
                StyleUnknown.Facts(style, preference),
                s.Id));
        }
    }
}
