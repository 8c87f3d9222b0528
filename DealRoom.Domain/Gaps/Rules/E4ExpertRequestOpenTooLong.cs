using System.Globalization;
using DealRoom.Domain.Experts;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// E4: the room's expert requests that have waited too long for an answer (<see cref="RequestAge.IsOverdue"/>: past
/// their needed-by date, or a week without one), as one finding for the room. Needs the time of the evaluation from
/// the caller's clock; without it, or without the directory's facts, it stays silent.
/// </summary>
public sealed class E4ExpertRequestOpenTooLong() : GapRule("E4", Dynamics.Expert, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.Experts is not { } experts || context.Now is not { } now)
        {
            return;
        }

        var overdue = new List<OpenExpertRequest>();
        foreach (var request in experts.OpenRequests)
        {
            if (RequestAge.IsOverdue(request.CreatedAt, request.NeededBy, now))
            {
                overdue.Add(request);
            }
        }

        if (overdue.Count == 0)
        {
            return;
        }

        overdue.Sort(static (a, b) => a.CreatedAt.CompareTo(b.CreatedAt) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var described = overdue.ConvertAll(r => Describe(r, now));
        var title = overdue.Count == 1
            ? $"The request for {described[0]} is still open"
            : $"{GapText.N(overdue.Count)} expert requests are still open: {GapText.Names(described)}";
        findings.Add(Finding(
            title,
            "The team planned its next meetings around an expert who is not there yet; every week without them is a conversation the customer has without our depth.",
            "Ask the executive account manager to answer the request: assign an expert, or decline it so the team can plan without one.",
            Fingerprint.Of(Fingerprint.Set(overdue.ConvertAll(r => r.Id)))));
    }

    private static string Describe(OpenExpertRequest request, DateTimeOffset now)
    {
        if (request.NeededBy is { } by)
        {
            return $"{request.Expertise} (needed by {by.ToString("d MMM", CultureInfo.InvariantCulture)})";
        }

        var days = (int)(now - request.CreatedAt).TotalDays;
        return $"{request.Expertise} ({GapText.N(days)} days)";
    }
}
