using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// C7: no shared vision where the method needs one. In Awareness, once a decision to change is recorded (the room is
/// about to leave), no Future state endorsed by every active key stakeholder or a Desired result not measured by a
/// metric with a target. In Buying, whose prerequisite the shared vision is, no Future state every key stakeholder
/// endorses (measurement is D4's): Critical when there is no future state or no key stakeholder endorses it.
/// </summary>
public sealed class C7NoSharedVision() : GapRule("C7", Dynamics.Change, Severity.Warning, AwarenessAndBuying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var vision = context.SharedVision;
        if (context.State.Phase == JourneyPhase.Buying)
        {
            EvaluateBuying(vision, findings);
            return;
        }

        if (!context.DecisionToChangeRecorded || vision.Exists)
        {
            return;
        }

        findings.Add(Finding(
            "The customer decided to change, but there is no shared vision yet",
            "Moving to buying without a future state every key stakeholder endorses and results measured against targets invites a newcomer to reopen the whole approach.",
            vision.NextStep(),
            vision.Fingerprint()));
    }

    private void EvaluateBuying(SharedVision vision, List<Gap> findings)
    {
        if (vision.IsEndorsed)
        {
            return;
        }

        var (severity, title) = vision.FutureState switch
        {
            null => (Severity.Critical, "The room is in Buying without a shared vision: no future state is drafted"),
            { } fs when vision.KeyEndorsers == 0 =>
                (Severity.Critical, $"The room is in Buying without a shared vision: no key stakeholder endorses {GapText.What(fs)}"),
            { } fs => (Severity.Warning, $"The room is in Buying, but not every key stakeholder endorses {GapText.What(fs)}"),
        };
        findings.Add(Finding(
            severity,
            title,
            "A shared vision is the prerequisite of buying: without a future state the key stakeholders endorse, each judges the proposal against a different picture of success.",
            vision.NextStep(measurement: false),
            vision.Fingerprint(measurement: false)));
    }
}
