using DealRoom.Domain.Gaps;

namespace DealRoom.Web.Collaboration;

/// <summary>Comparing gap reports, so listeners hear of gaps only when they changed.</summary>
public static class GapReports
{
    public static bool SameFindings(GapReport a, GapReport b) =>
        Same(a.Open, b.Open) && Same(a.Acknowledged, b.Acknowledged);

    private static bool Same(IReadOnlyList<Gap> a, IReadOnlyList<Gap> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Id != b[i].Id || a[i].Fingerprint != b[i].Fingerprint || a[i].Title != b[i].Title)
            {
                return false;
            }
        }

        return true;
    }
}
