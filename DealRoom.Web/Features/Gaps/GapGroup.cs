using DealRoom.Domain.Gaps;

namespace DealRoom.Web.Features.Gaps;

/// <summary>
/// Consecutive findings of one rule at one severity, shown under one "why" when they share it (a rule that fires
/// for five stakeholders says why it matters once, not five times).
/// </summary>
/// <param name="SharedWhy">The why every gap of the group shares, when the group has more than one gap; else null.</param>
public sealed record GapGroup(string RuleId, string? SharedWhy, IReadOnlyList<Gap> Gaps)
{
    /// <summary>
    /// Groups ordered gaps by rule and severity. A group takes the place of its first (most important) gap, so the
    /// order of <paramref name="ordered"/> holds between groups and within each.
    /// </summary>
    public static List<GapGroup> Of(IReadOnlyList<Gap> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var groups = new List<(string RuleId, Severity Severity, List<Gap> Gaps)>();
        var byKey = new Dictionary<(string, Severity), List<Gap>>();
        foreach (var gap in ordered)
        {
            var key = (gap.RuleId, gap.Severity);
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey.Add(key, list);
                groups.Add((gap.RuleId, gap.Severity, list));
            }

            list.Add(gap);
        }

        return groups.Select(g => new GapGroup(g.RuleId, SharedWhyOf(g.Gaps), g.Gaps)).ToList();
    }

    private static string? SharedWhyOf(List<Gap> gaps) =>
        gaps.Count > 1 && gaps.TrueForAll(g => g.Why == gaps[0].Why) ? gaps[0].Why : null;
}
