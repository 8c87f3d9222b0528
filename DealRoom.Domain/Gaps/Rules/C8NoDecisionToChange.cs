namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// C8: the room is in Buying and no decision to change is recorded: neither in the profile nor as the reason of the
/// room's move into Buying (<see cref="GapContext.DecisionToChangeRecorded"/>).
/// </summary>
public sealed class C8NoDecisionToChange() : GapRule("C8", Dynamics.Change, Severity.Critical, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.DecisionToChangeRecorded)
        {
            return;
        }

        findings.Add(Finding(
            "The room is in Buying, but no decision to change is recorded",
            "If the group never decided to leave the current state, the buying process can fall back to doing nothing at any time.",
            "Confirm with the executive sponsor that the group has decided to change and record it in the room profile, or move the room back to Awareness.",
            Fingerprint.Of("no-decision")));
    }
}
