using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// V4: an active stakeholder has confirmed value and the room's account has no account lead (a new business idea in
/// its portfolio). A room that belongs to no account has nowhere to record one, so it fires there too. The
/// fingerprint is the set of people who confirmed value: the account's portfolio only decides whether it fires.
/// </summary>
public sealed class V4NoAccountLead() : GapRule("V4", Dynamics.Value, Severity.Info, Adoption)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.Account is { AccountLeads: > 0 })
        {
            return;
        }

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

        var names = new List<string>(confirmed.Count);
        var ids = new List<string>(confirmed.Count);
        foreach (var s in confirmed)
        {
            names.Add(s.Name);
            ids.Add(s.Id);
        }

        var next = context.Account is null
            ? $"Put this room under its account, then ask {confirmed[0].Name} where else the same result would matter and record it as an account lead on the account's page."
            : $"Ask {confirmed[0].Name} where else the same result would matter, and record it as an account lead on the account's page (source: confirmed value).";
        findings.Add(Finding(
            $"{GapText.Names(names)} confirmed the value, but no account lead is derived from it",
            "Confirmed value is the best opening for the next deal with this account, and it fades if nobody acts on it.",
            next,
            Fingerprint.Of(Fingerprint.Set(ids))));
    }
}
