namespace DealRoom.Domain.Gaps.Rules;

/// <summary>B6: the profile's compelling event or alternatives is empty.</summary>
public sealed class B6NoCompellingEventOrAlternative() : GapRule("B6", Dynamics.BuyingGroup, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var profile = context.State.Profile;
        var hasEvent = GapText.HasText(profile.CompellingEvent);
        var hasAlternatives = GapText.HasText(profile.Alternatives);
        if (hasEvent && hasAlternatives)
        {
            return;
        }

        var title = (hasEvent, hasAlternatives) switch
        {
            (false, false) => "No compelling event and no alternatives recorded",
            (false, true) => "No compelling event recorded",
            _ => "No alternatives recorded (competitors, an internal project, doing nothing)",
        };
        findings.Add(Finding(
            title,
            "Without a reason to act now and a clear view of what you compete with, doing nothing included, the forecast is a hope.",
            "Ask what happens if they do nothing until next year and who else they are talking to; record the compelling event and the alternatives in the room profile.",
            Fingerprint.Of(hasEvent ? "event" : "-", hasAlternatives ? "alternatives" : "-")));
    }
}
