using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D4: the business case is not mapped to the customer's metrics: a Desired result has no "measured by" link to a
/// Metric, or a Metric has no target value. One finding per element.
/// </summary>
public sealed class D4BusinessCaseNotMapped() : GapRule("D4", Dynamics.Decision, Severity.Warning, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var result in context.ElementsOf(VisionElementType.DesiredResult))
        {
            if (!context.HasMetric(result.Id))
            {
                findings.Add(Finding(
                    $"Desired result {GapText.What(result)} is not measured by any customer metric",
                    "A business case the customer cannot check against their own KPIs reads like the vendor's ROI claim.",
                    $"Agree with the customer which of their KPIs measures {GapText.What(result)}, and link it as a Metric with a target.",
                    Fingerprint.Of("no-metric"),
                    result.Id));
            }
        }

        foreach (var metric in context.ElementsOf(VisionElementType.Metric))
        {
            if (metric.TargetValue is null)
            {
                var owner = GapText.HasText(metric.Owner) ? metric.Owner : "its owner";
                findings.Add(Finding(
                    $"Metric {GapText.What(metric)} has no target value",
                    "Without a target the customer cannot see the size of the prize, so the business case has no number to sign.",
                    $"Agree the target value for {GapText.What(metric)} with {owner} and record it on the metric.",
                    Fingerprint.Of("no-target", metric.CurrentValue is null ? "-" : "current"),
                    metric.Id));
            }
        }
    }
}
