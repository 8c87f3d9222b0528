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

    public static LinkGeometry Between(MapNode from, MapNode to)
    {
        var curve = LinkCurve.Between(Rect(from), Rect(to));
        return new LinkGeometry(
            from.Position.X, from.Position.Y, to.Position.X, to.Position.Y,
            $"M {N(curve.StartX)} {N(curve.StartY)} C {N(curve.C1X)} {N(curve.C1Y)}, {N(curve.C2X)} {N(curve.C2Y)}, {N(curve.EndX)} {N(curve.EndY)}",
            $"translate({N(curve.EndX)} {N(curve.EndY)}) rotate({N(curve.AngleDegrees)})",
            N(curve.LabelX),
            N(curve.LabelY));
    }

    private static CardRect Rect(MapNode node) => new(node.Position.X, node.Position.Y, node.Size!.Width, node.Size!.Height);

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
