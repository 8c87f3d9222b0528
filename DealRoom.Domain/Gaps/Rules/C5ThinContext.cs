using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>C5: there is no Current state element, or no Metric with a current value.</summary>
public sealed class C5ThinContext() : GapRule("C5", Dynamics.Change, Severity.Warning, Awareness)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var hasCurrentState = context.ElementsOf(VisionElementType.CurrentState).Count > 0;
        var hasBaselineMetric = false;
        foreach (var m in context.ElementsOf(VisionElementType.Metric))
        {
            if (m.CurrentValue is not null)
            {
                hasBaselineMetric = true;
                break;
            }
        }

        if (hasCurrentState && hasBaselineMetric)
        {
            return;
        }

        var missing = (hasCurrentState, hasBaselineMetric) switch
        {
            (false, false) => "no current state and no metric with today's value",
            (false, true) => "no current state",
            _ => "no metric with today's value",
        };
        findings.Add(Finding(
            $"The customer's context is thin: {missing}",
            "Without the customer's situation in their own words and numbers, every perspective you bring is a guess.",
            "Capture the current state in the customer's words, and a KPI they track with today's value.",
            Fingerprint.Of(hasCurrentState ? "state" : "-", hasBaselineMetric ? "metric" : "-")));
    }
}
