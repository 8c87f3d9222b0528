namespace DealRoom.Domain.Gaps.Rules;

/// <summary>V2: an active key stakeholder has not confirmed value (unless V1 already fires for them).</summary>
public sealed class V2ValueNotConfirmed() : GapRule("V2", Dynamics.Value, Severity.Warning, Adoption)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.ActiveKey)
        {
            if (!s.ValueConfirmed && !V1SponsorValueConversation.Fires(context, s))
            {
                findings.Add(Finding(
                    $"{GapText.Who(s)} has not confirmed the value yet",
                    "Each key stakeholder perceives the delivered value differently, and unconfirmed value is where renewals and new business stall.",
                    $"Meet {s.Name} to review their desired results against the metrics, and mark value confirmed once they agree.",
                    Fingerprint.Of("unconfirmed"),
                    s.Id));
            }
        }
    }
}
