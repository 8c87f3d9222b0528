using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// Tidies a whole map on request: the stakeholder map as an org chart (reports-to, managers above their reports) with
/// the deal team in a row below; the vision map left to right, from the current state to the future state. The
/// layering is MSAGL's (<see cref="LayeredCardLayout"/>); the result is a set of <see cref="MoveNode"/> operations,
/// so it goes through the room like any drag and everyone sees it.
/// </summary>
public static class AutoLayout
{
    /// <summary>The space between rows of cards outside the layered part (unconnected stakeholders, the team).</summary>
    public const double RowGap = 96;

    /// <summary>The space between two cards of a row.</summary>
    public const double ColumnGap = 48;

    /// <summary>Where each kind of vision element goes, left to right: the story from today to the vision.</summary>
    private static readonly Dictionary<VisionElementType, int> VisionColumns = new()
    {
        [VisionElementType.CurrentState] = 0,
        [VisionElementType.Challenge] = 1,
        [VisionElementType.Risk] = 1,
        [VisionElementType.Concept] = 2,
        [VisionElementType.Perspective] = 2,
        [VisionElementType.Capability] = 2,
        [VisionElementType.DesiredResult] = 3,
        [VisionElementType.Win] = 3,
        [VisionElementType.Metric] = 4,
        [VisionElementType.Milestone] = 4,
        [VisionElementType.FutureState] = 5,
    };

    /// <summary>
    /// The moves that lay out <paramref name="map"/> of <paramref name="state"/>, anchored where the map's cards start
    /// now (their top-left), so the view stays on them. Cards already in place get no move.
    /// </summary>
    public static IReadOnlyList<MoveNode> Moves(RoomState state, MapKind map)
    {
        ArgumentNullException.ThrowIfNull(state);
        var current = CurrentPositions(state, map);
        if (current.Count == 0)
        {
            return [];
        }

        var layout = map == MapKind.Stakeholders ? StakeholderMap(state) : VisionMap(state);
        var originX = Math.Round(current.Values.Min(p => p.X));
        var originY = Math.Round(current.Values.Min(p => p.Y));
        var moves = new List<MoveNode>(layout.Count);
        foreach (var (id, (x, y)) in layout.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (nx, ny) = (originX + x, originY + y);
            if (Coordinates.AreValid(nx, ny) && current[id] != (nx, ny))
            {
                moves.Add(new MoveNode(id, nx, ny));
            }
        }

        return moves;
    }

    /// <summary>
    /// The org chart: stakeholders in a reports-to relationship layered with managers above; the others in rows below
    /// them; the team in a row below everyone, ordered as the stakeholders they cover. Top-left at (0, 0).
    /// </summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> StakeholderMap(RoomState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var reportsTo = state.Relationships.Values
            .Where(r => r.Kind == RelationshipKind.ReportsTo && r.FromId != r.ToId
                && state.Stakeholders.ContainsKey(r.FromId) && state.Stakeholders.ContainsKey(r.ToId))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var inChart = reportsTo.SelectMany(r => new[] { r.FromId, r.ToId }).ToHashSet(StringComparer.Ordinal);
        var chart = new LayeredCardLayout { Direction = LayerDirection.TopToBottom };
        foreach (var id in inChart.Order(StringComparer.Ordinal))
        {
            chart.AddCard(id, StakeholderNode.CardSize.Width, StakeholderNode.CardSize.Height);
        }

        foreach (var relationship in reportsTo)
        {
            // "A reports to B": B is drawn above A.
            chart.AddEdge(relationship.ToId, relationship.FromId);
        }

        var positions = new Dictionary<string, (double X, double Y)>(chart.Run(), StringComparer.Ordinal);
        var width = positions.Count == 0 ? 0 : positions.Values.Max(p => p.X) + StakeholderNode.CardSize.Width;
        var nextY = positions.Count == 0 ? 0 : positions.Values.Max(p => p.Y) + StakeholderNode.CardSize.Height + RowGap;

        // The people outside the chart: most influential first, in rows as wide as the chart (four cards at least).
        var others = state.Stakeholders.Values
            .Where(s => !inChart.Contains(s.Id))
            .OrderByDescending(s => (s.Power ?? 0) + (s.Influence ?? 0))
            .ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.Id)
            .ToList();
        var rowWidth = Math.Max(width, (4 * StakeholderNode.CardSize.Width) + (3 * ColumnGap));
        nextY = PlaceRows(others, StakeholderNode.CardSize.Width, StakeholderNode.CardSize.Height, rowWidth, width, nextY, positions);

        // The team in one row, ordered by where the stakeholders each covers sit, so coverage lines cross little.
        var team = state.TeamMembers.Values
            .Select(t => (t.Id, Under: CoveredMiddle(state, t.Id, positions)))
            .OrderBy(t => t.Under ?? double.MaxValue)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => t.Id)
            .ToList();
        PlaceRows(team, TeamMemberNode.CardSize.Width, TeamMemberNode.CardSize.Height, double.MaxValue, width, nextY, positions);
        return positions;
    }

    /// <summary>
    /// The vision map left to right: each link points from an earlier column to a later one (the columns of the element
    /// types, current state first), current states before everything and future states after everything.
    /// </summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> VisionMap(RoomState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // Columns far enough apart for a link's label ("Contributes to") between two cards.
        var layout = new LayeredCardLayout { Direction = LayerDirection.LeftToRight, NodeSeparation = 32, LayerSeparation = 104 };
        var elements = state.VisionElements.Values.OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
        foreach (var element in elements)
        {
            layout.AddCard(element.Id, VisionNode.CardSize.Width, VisionNode.CardSize.Height);
        }

        foreach (var link in state.VisionLinks.Values.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            if (state.VisionElements.TryGetValue(link.FromId, out var from) && state.VisionElements.TryGetValue(link.ToId, out var to))
            {
                // Links point every which way (a concept addresses a challenge, a risk is mitigated): the layout's edge
                // runs from the element of the earlier column.
                var forward = VisionColumns[from.Type] <= VisionColumns[to.Type];
                layout.AddEdge(forward ? from.Id : to.Id, forward ? to.Id : from.Id);
            }
        }

        // Each column's cards come before the next column's, linked or not: the map reads as the story, from today
        // on the left to the vision on the right (constraints between neighbouring columns order them all).
        var columns = elements.GroupBy(e => VisionColumns[e.Type]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        for (var i = 0; i + 1 < columns.Count; i++)
        {
            foreach (var before in columns[i])
            {
                foreach (var after in columns[i + 1])
                {
                    layout.AddOrder(before.Id, after.Id);
                }
            }
        }

        // MSAGL sets a card with no edge aside, where no order holds: tie each to a card of the column before it (or
        // after it) with an edge nobody sees.
        var linked = state.VisionLinks.Values.SelectMany(l => new[] { l.FromId, l.ToId }).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            foreach (var loose in columns[i].Where(e => !linked.Contains(e.Id)))
            {
                if (i > 0)
                {
                    layout.AddEdge(columns[i - 1][0].Id, loose.Id);
                }
                else if (i + 1 < columns.Count)
                {
                    layout.AddEdge(loose.Id, columns[i + 1][0].Id);
                }
            }
        }

        return layout.Run();
    }

    /// <summary>
    /// Places cards in rows from <paramref name="top"/>, wrapping at <paramref name="rowWidth"/>, each row centred under a
    /// chart <paramref name="chartWidth"/> wide; returns the y below them.
    /// </summary>
    internal static double PlaceRows(
        IReadOnlyList<string> ids, double width, double height, double rowWidth, double chartWidth, double top,
        Dictionary<string, (double X, double Y)> positions, double rowGap = RowGap)
    {
        if (ids.Count == 0)
        {
            return top;
        }

        var perRow = Math.Max(1, (int)Math.Min(ids.Count, Math.Floor((rowWidth + ColumnGap) / (width + ColumnGap))));
        for (var i = 0; i < ids.Count; i++)
        {
            var inRow = Math.Min(perRow, ids.Count - (i / perRow * perRow));
            var indent = Math.Max(0, Math.Round((chartWidth - ((inRow * (width + ColumnGap)) - ColumnGap)) / 2));
            positions[ids[i]] = (indent + ((i % perRow) * (width + ColumnGap)), top + ((i / perRow) * (height + rowGap)));
        }

        var rows = (ids.Count + perRow - 1) / perRow;
        return top + (rows * (height + rowGap));
    }

    /// <summary>The middle x of the stakeholders a team member covers, or null when they cover nobody yet.</summary>
    private static double? CoveredMiddle(RoomState state, string teamMemberId, Dictionary<string, (double X, double Y)> positions)
    {
        var xs = state.Coverages.Values
            .Where(c => c.TeamMemberId == teamMemberId && positions.ContainsKey(c.StakeholderId))
            .Select(c => positions[c.StakeholderId].X)
            .ToList();
        return xs.Count == 0 ? null : xs.Average();
    }

    private static Dictionary<string, (double X, double Y)> CurrentPositions(RoomState state, MapKind map) =>
        map == MapKind.Stakeholders
            ? state.Stakeholders.Values.Select(s => (s.Id, s.X, s.Y))
                .Concat(state.TeamMembers.Values.Select(t => (t.Id, t.X, t.Y)))
                .ToDictionary(p => p.Id, p => (p.X, p.Y), StringComparer.Ordinal)
            : state.VisionElements.Values.ToDictionary(v => v.Id, v => (v.X, v.Y), StringComparer.Ordinal);
}
