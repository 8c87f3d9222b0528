using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.History;

/// <summary>
/// The points of the timeline, oldest first: for the team the iterations marked with <c>markIteration</c> and the phase
/// changes, and for everyone the feed's lines (edits grouped per person). A customer's timeline holds only their feed:
/// iterations and phases are the team's.
/// </summary>
public static class HistoryTimeline
{
    public static IReadOnlyList<TimelinePoint> Of(RoomState current, IReadOnlyList<ActivityGroup> feed, bool forCustomer)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(feed);
        var points = new List<TimelinePoint>();
        if (!forCustomer)
        {
            points.AddRange(current.Iterations.Select(i => new TimelinePoint(i.Version, "iteration", i.Name, $"{i.ByName}, {i.At:d MMM}")));
            points.AddRange(current.PhaseHistory.Select(p => new TimelinePoint(p.Version, "phase", $"{p.From} → {p.To}", $"{p.ByName}, {p.At:d MMM}")));
        }

        points.AddRange(feed.Select(g => new TimelinePoint(g.LastVersion, "edits", $"{g.AuthorName}: {g.Text}", $"{g.At:d MMM HH:mm}")));
        return points.OrderBy(p => p.Version).ThenBy(p => p.Kind == "edits" ? 1 : 0).ToList();
    }

    /// <summary>The iteration marked at exactly this version, for the "viewing" line; never for a customer.</summary>
    public static Iteration? IterationAt(RoomState current, long version, bool forCustomer) =>
        forCustomer ? null : current.Iterations.LastOrDefault(i => i.Version == version);
}
