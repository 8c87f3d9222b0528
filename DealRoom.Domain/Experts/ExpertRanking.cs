using DealRoom.Domain.Gaps;

namespace DealRoom.Domain.Experts;

/// <summary>
/// Ranks the directory for a request: only people with an area that covers the wanted expertise
/// (<see cref="ExpertiseMatch.Covers"/>) are candidates; then those with the hours free before those without, a
/// higher proficiency first, more free hours, a better record on past deals, and the name to break ties. Capacity
/// comes before proficiency because an authority with no time helps no deal this quarter.
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
            .ThenByDescending(c => c.Expert.FreeHours)
            .ThenByDescending(c => WinRate(c.Expert))
            .ThenByDescending(c => c.Expert.PastDeals)
            .ThenBy(c => c.Expert.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static double WinRate(ExpertProfile expert) =>
        expert.PastDeals == 0 ? 0 : (double)expert.PastDealsWon / expert.PastDeals;

    private static string Why(ExpertProfile expert, ExpertiseArea area, bool hasRoom)
    {
        var level = area.Proficiency switch { >= 3 => "authority", 2 => "practitioner", _ => "working knowledge" };
        var time = hasRoom ? $"{expert.FreeHours} h/week free" : $"only {Math.Max(expert.FreeHours, 0)} h/week free";
        var record = expert.PastDeals == 0 ? "no past deals yet" : $"{expert.PastDealsWon} of {expert.PastDeals} past deals won";
        return $"{area.Area} ({level}), {time}, {record}";
    }
}
