using DealRoom.Domain.Gaps;

namespace DealRoom.Domain.Experts;

/// <summary>
/// Ranks the directory for a request: only people with an area that covers the wanted expertise
/// (<see cref="ExpertiseMatch.Covers"/>) are candidates; then those with the hours free before those without, a
/// higher proficiency first, then the record on past deals (more ended rooms won, then a better share of them won),
/// then more free hours, and the name to break ties. Capacity comes before proficiency because an authority with no
/// time helps no deal this quarter; the record comes before a few more free hours because an expert who helped win
/// deals like this one is worth more than spare time.
/// </summary>
public static class ExpertRanking
{
    public static IReadOnlyList<ExpertCandidate> Rank(string wanted, int hours, IEnumerable<ExpertProfile> directory)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(directory);
        var candidates = new List<ExpertCandidate>();
        foreach (var expert in directory)
        {
            var best = expert.Areas
                .Where(a => ExpertiseMatch.Covers(a.Area, wanted))
                .OrderByDescending(a => a.Proficiency)
                .FirstOrDefault();
            if (best is null)
            {
                continue;
            }

            var hasRoom = expert.FreeHours >= Math.Max(hours, 0);
            candidates.Add(new ExpertCandidate(expert, best.Area, best.Proficiency, hasRoom, Why(expert, best, hasRoom)));
        }

        return candidates
            .OrderByDescending(c => c.HasRoom)
            .ThenByDescending(c => c.Proficiency)
            .ThenByDescending(c => c.Expert.PastDealsWon)
            .ThenByDescending(c => WinRate(c.Expert))
            .ThenByDescending(c => c.Expert.FreeHours)
            .ThenBy(c => c.Expert.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static double WinRate(ExpertProfile expert) =>
        expert.PastDeals == 0 ? 0 : (double)expert.PastDealsWon / expert.PastDeals;

    private static string Why(ExpertProfile expert, ExpertiseArea area, bool hasRoom)
    {
        var level = area.Proficiency switch { >= 3 => "authority", 2 => "practitioner", _ => "working knowledge" };
        var time = hasRoom ? $"{expert.FreeHours} h/week free" : $"only {Math.Max(expert.FreeHours, 0)} h/week free";
        var record = expert.PastDeals == 0
            ? "no ended deals yet"
            : $"{expert.PastDealsWon} of {expert.PastDeals} past {(expert.PastDeals == 1 ? "deal" : "deals")} won";
        return $"{area.Area} ({level}), {time}, {record}";
    }
}
