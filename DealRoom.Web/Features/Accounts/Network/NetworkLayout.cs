using DealRoom.Domain.Accounts;
using DealRoom.Domain.Stakeholders;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>
/// Lays the account's network out as the room maps' auto-layout does: an org chart of the contacts from the rooms'
/// reports-to lines (MSAGL, managers above), the other contacts in rows below (key people first), and our people in
/// a row at the bottom, ordered as the people they cover. Top-left at (0, 0).
/// </summary>
public static class NetworkLayout
{
    /// <summary>
    /// Rows closer than a room map's: the whole account, chart, people and team, should fit a laptop screen at the
    /// opening zoom; a room map keeps more room to draw new links in.
    /// </summary>
    public const double RowGap = 56;

    public static IReadOnlyDictionary<string, (double X, double Y)> Of(AccountNetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var contacts = map.Contacts.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var reportsTo = map.Relationships.Where(r => r.Kind == RelationshipKind.ReportsTo && contacts.Contains(r.FromKey) && contacts.Contains(r.ToKey)).ToList();
        var inChart = reportsTo.SelectMany(r => new[] { r.FromKey, r.ToKey }).ToHashSet(StringComparer.Ordinal);
        var (width, height) = (ContactNode.CardSize.Width, ContactNode.CardSize.Height);

        var chart = new LayeredCardLayout { Direction = LayerDirection.TopToBottom, LayerSeparation = 64 };
        foreach (var key in inChart.Order(StringComparer.Ordinal))
        {
            chart.AddCard(key, width, height);
        }

        foreach (var r in reportsTo)
        {
            chart.AddEdge(r.ToKey, r.FromKey);
        }

        var positions = new Dictionary<string, (double X, double Y)>(chart.Run(), StringComparer.Ordinal);
        var chartWidth = positions.Count == 0 ? 0 : positions.Values.Max(p => p.X) + width;
        var nextY = positions.Count == 0 ? 0 : positions.Values.Max(p => p.Y) + height + RowGap;

        var others = map.Contacts.Where(c => !inChart.Contains(c.Key))
            .OrderByDescending(c => c.IsKey).ThenByDescending(c => c.Appearances.Count).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => c.Key).ToList();
        // An account has more people than a room: rows of six fill a laptop screen's width before they add height.
        var rowWidth = Math.Max(chartWidth, (6 * width) + (5 * AutoLayout.ColumnGap));
        nextY = AutoLayout.PlaceRows(others, width, height, rowWidth, chartWidth, nextY, positions, RowGap);

        var members = map.Members
            .Select(m => (Id: NetworkMemberNode.IdOf(m.Name), Under: CoveredMiddle(map, m.Name, positions)))
            .OrderBy(m => m.Under ?? double.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => m.Id).ToList();
        AutoLayout.PlaceRows(members, NetworkMemberNode.CardSize.Width, NetworkMemberNode.CardSize.Height, Math.Max(rowWidth, chartWidth),
            Math.Max(chartWidth, rowWidth), nextY, positions, RowGap);
        return positions;
    }

    private static double? CoveredMiddle(AccountNetworkMap map, string member, Dictionary<string, (double X, double Y)> positions)
    {
        var xs = map.Coverage.Where(c => string.Equals(c.MemberName, member, StringComparison.OrdinalIgnoreCase) && positions.ContainsKey(c.ContactKey))
            .Select(c => positions[c.ContactKey].X).ToList();
        return xs.Count == 0 ? null : xs.Average();
    }
}
