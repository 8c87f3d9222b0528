using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// V4: an active stakeholder has confirmed value and no account lead is recorded. Until accounts are modelled, an
/// account lead is a vision element whose area is "Account lead" or whose title starts with "Account lead".
/// </summary>
public sealed class V4NoAccountLead() : GapRule("V4", Dynamics.Value, Severity.Info, Adoption)
{
    public const string AccountLead = "Account lead";

    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        var confirmed = new List<Stakeholder>();
        foreach (var s in context.Active)
        {
            if (s.ValueConfirmed)
            {
                confirmed.Add(s);
            }
        }

        if (confirmed.Count == 0)
        {
            return;
        }

        foreach (var e in context.State.VisionElements.Values)
        {
            if (string.Equals(e.Area?.Trim(), AccountLead, StringComparison.OrdinalIgnoreCase)
                || e.Title.StartsWith(AccountLead, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        var names = new List<string>(confirmed.Count);
        var ids = new List<string>(confirmed.Count);
        foreach (var s in confirmed)
        {
            names.Add(s.Name);
            ids.Add(s.Id);
        }

        findings.Add(Finding(
            $"{GapText.Names(names)} confirmed the value, but no account lead is derived from it",
            "Confirmed value is the best opening for the next deal with this account, and it fades if nobody acts on it.",
            $"Ask {confirmed[0].Name} where else the same result would matter, and record it as an account lead (a vision element with area '{AccountLead}').",
            Fingerprint.Of(Fingerprint.Set(ids))));
    }
}
