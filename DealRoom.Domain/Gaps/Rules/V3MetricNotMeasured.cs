using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>V3: a Metric has no measured value (the room is past go-live).</summary>
public sealed class V3MetricNotMeasured() : GapRule("V3", Dynamics.Value, Severity.Warning, Adoption)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var metric in context.ElementsOf(VisionElementType.Metric))
        {
            if (metric.MeasuredValue is null)
            {
                var owner = GapText.HasText(metric.Owner) ? metric.Owner : "the metric's owner";
                findings.Add(Finding(
                    $"Metric {GapText.What(metric)} has no measured value since go-live",
                    "Value you cannot show in the customer's own numbers will not be believed in the next budget round.",
                    $"Ask {owner} for today's value of {GapText.What(metric)} and record it as the measured value.",
                    Fingerprint.Of("unmeasured"),
                    metric.Id));
            }
        }
    }
}
