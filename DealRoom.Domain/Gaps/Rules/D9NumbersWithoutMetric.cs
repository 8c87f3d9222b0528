using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>D9: an active stakeholder who prefers Numbers and data endorses no Metric.</summary>
public sealed class D9NumbersWithoutMetric() : GapRule("D9", Dynamics.Decision, Severity.Info, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (s.InformationPreference == InformationPreference.NumbersAndData && !context.FactsOf(s.Id).EndorsesMetric)
            {
                findings.Add(Finding(
                    $"{GapText.Who(s)} wants numbers and endorses no metric",
                    "A numbers person judges the business case by the KPIs they have agreed to, not by your story.",
                    $"Review the metrics with {s.Name} and have them endorse the ones they will judge the case by.",
                    Fingerprint.Of("no-metric"),
                    s.Id));
            }
        }
    }
}
