using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// V1: an active Executive sponsor has not confirmed value and has had no conversation since go-live (the day the
/// room last moved into Implementation and adoption; without that date, no conversation at all).
/// </summary>
public sealed class V1SponsorValueConversation() : GapRule("V1", Dynamics.Value, Severity.Critical, Adoption)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var s in context.Active)
        {
            if (Fires(context, s))
            {
                var date = s.LastConversation?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                findings.Add(Finding(
                    $"{GapText.Who(s)}, an executive sponsor, has had no value confirmation conversation since go-live",
                    "The sponsors who bet on the change decide the next deal, and if they do not hear the value from you they hear the problems from others.",
                    $"Book a value confirmation conversation with {s.Name} and walk through the results against the targets in the business case.",
                    Fingerprint.Of(date),
                    s.Id));
            }
        }
    }

    /// <summary>True when V1 fires for this stakeholder (V2 then stays quiet about them).</summary>
    public static bool Fires(GapContext context, Stakeholder s) =>
        s.BuyingRole == BuyingRole.ExecutiveSponsor
        && s.IsActive
        && !s.ValueConfirmed
        && (s.LastConversation is not { } last || (context.GoLive is { } goLive && last < goLive));
}
