using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// C7: a decision to change is recorded (the room is about to leave Awareness) but there is no shared vision: no
/// Future state endorsed by every active key stakeholder, or a Desired result not measured by a metric with a target.
/// </summary>
public sealed class C7NoSharedVision() : GapRule("C7", Dynamics.Change, Severity.Warning, Awareness)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (!GapText.HasText(context.State.Profile.DecisionToChange))
        {
            return;
        }

        var vision = SharedVision.Assess(context);
        if (vision.Exists)
        {
            return;
        }

        findings.Add(Finding(
            "The customer decided to change, but there is no shared vision yet",
            "Moving to buying without a future state every key stakeholder endorses and results measured against targets invites a newcomer to reopen the whole approach.",
            vision.NextStep(),
            vision.Fingerprint()));
    }
}
