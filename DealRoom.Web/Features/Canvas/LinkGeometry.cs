using System.Globalization;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The shape of a link between two cards, in the diagram's coordinates: a smooth curve from the edge of one card to
/// the edge of the other (as Blazor.Diagrams draws node-to-node links), an arrow head at the target, and the label's
/// spot halfway between the two centres. Numbers are formatted once here, not on every render.
/// </summary>
public sealed record LinkGeometry(double FromX, double FromY, double ToX, double ToY, string Path, string ArrowTransform, string LabelX, string LabelY)
{
    public bool IsFor(MapNode from, MapNode to) =>
        from.Position.X == FromX && from.Position.Y == FromY && to.Position.X == ToX && to.Position.Y == ToY;

    /// <summary>The direct curve between the two cards (no routing around others).</summary>
    public static LinkGeometry Between(MapNode from, MapNode to) => Of(from, to, LinkRoute.Direct(Rect(from), Rect(to)));

    /// <summary>A route (see <see cref="LinkRouter"/>) for the two cards' current positions.</summary>
    public static LinkGeometry Of(MapNode from, MapNode to, LinkRoute route)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(route);
        return new LinkGeometry(
            from.Position.X, from.Position.Y, to.Position.X, to.Position.Y,
            route.PathData(N),
            $"translate({N(route.EndX)} {N(route.EndY)}) rotate({N(route.AngleDegrees)})",
            N(route.LabelX),
            N(route.LabelY));
    }

    public static CardRect Rect(MapNode node) => new(node.Position.X, node.Position.Y, node.Size!.Width, node.Size!.Height);

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
