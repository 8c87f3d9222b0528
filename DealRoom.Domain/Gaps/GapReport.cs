namespace DealRoom.Domain.Gaps;

/// <summary>
/// The gaps of a room at one version: the open ones (most severe first, then by dynamics, then by id), the
/// acknowledged ones whose facts have not changed, and the open counts per dynamics for the room health summary.
/// </summary>
public sealed record GapReport(
    IReadOnlyList<Gap> Open,
    IReadOnlyList<Gap> Acknowledged,
    IReadOnlyDictionary<Dynamics, SeverityCounts> OpenCounts)
{
    /// <summary>The open counts of one dynamics (zeroes when it has none).</summary>
    public SeverityCounts CountsFor(Dynamics dynamics) => OpenCounts.GetValueOrDefault(dynamics, SeverityCounts.None);

    /// <summary>The gap with this id, open or acknowledged, or null when it does not fire.</summary>
    public Gap? Find(string gapId)
    {
        foreach (var list in (ReadOnlySpan<IReadOnlyList<Gap>>)[Open, Acknowledged])
        {
            foreach (var gap in list)
            {
                if (gap.Id == gapId)
                {
                    return gap;
                }
            }
        }

        return null;
    }
}
