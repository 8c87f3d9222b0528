using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D3: no active Economic buyer (critical, id "D3"), or an active Economic buyer whose decision-making style or
/// information preference is Unknown (warning, id "D3:&lt;stakeholder&gt;"; D11 asks the same of other key stakeholders).
/// </summary>
public sealed class D3EconomicBuyerUnknown() : GapRule("D3", Dynamics.Decision, Severity.Critical, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var found = false;
        foreach (var s in context.Active)
        {
            if (s.BuyingRole != BuyingRole.EconomicBuyer)
            {
                continue;
            }

            found = true;
            var style = s.DecisionStyle == DecisionStyle.Unknown;
            var preference = s.InformationPreference == InformationPreference.Unknown;
            if (style || preference)
            {
                findings.Add(Finding(
                    Severity.Warning,
                    $"{GapText.Who(s)}, the economic buyer, has an unknown {StyleUnknown.Missing(style, preference)}",
                    "How the person who signs decides (thinker, skeptic, controller …) and takes in information shapes how you must present the business case.",
                    $"Ask people who have sold to {s.Name} or worked with them how they make decisions and what they want to see, and record their {StyleUnknown.Missing(style, preference)}.",
                    StyleUnknown.Facts(style, preference),
                    s.Id));
            }
        }

        if (!found)
        {
            findings.Add(Finding(
                "No economic buyer identified",
                "Without the person who gives final approval, you cannot know whether the business case will ever be signed.",
                "Ask your champion who signs off the budget for this change, and map them as Economic buyer.",
                Fingerprint.Of("no-economic-buyer")));
        }
    }
}
