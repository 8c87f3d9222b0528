using System.Globalization;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The shape of a link between two cards, in the diagram's coordinates: a smooth curve from the edge of one card to
/// the edge of the other (as Blazor.Diagrams draws node-to-node links), an arrow head at the target, and the label's
/// spot halfway between the two centres. Numbers are formatted once here, not on every render.
/// </summary>
public sealed record LinkGeometry(double FromX, double FromY, double ToX, double ToY, string Path, string ArrowTransform, string LabelX, string LabelY)
{
    // The arrow head (app.css, .map-link-arrow) points along +x with its tip at x = 10.
    private const double ArrowLength = 10;

    public bool IsFor(MapNode from, MapNode to) =>
        from.Position.X == FromX && from.Position.Y == FromY && to.Position.X == ToX && to.Position.Y == ToY;

    public static LinkGeometry Between(MapNode from, MapNode to)
    {
        var (ax, ay) = Centre(from);
        var (bx, by) = Centre(to);
        var (sx, sy) = Edge(from, ax, ay, bx - ax, by - ay);
        var (tx, ty) = Edge(to, bx, by, ax - bx, ay - by);

        // Control points as the library's smooth path generator places them for shape-anchored links.
        double c1x, c1y, c2x, c2y;
        if (Math.Abs(sx - tx) >= Math.Abs(sy - ty))
        {
            var cx = (sx + tx) / 2;
            (c1x, c1y, c2x, c2y) = (cx, sy, cx, ty);
        }
        else
        {
            var cy = (sy + ty) / 2;
            (c1x, c1y, c2x, c2y) = (sx, cy, tx, cy);
        }

        // The curve ends where the arrow head starts; the head points along the curve's last tangent.
        var angle = c2x == tx && c2y == ty ? Math.Atan2(ty - sy, tx - sx) : Math.Atan2(ty - c2y, tx - c2x);
        var ex = tx - (ArrowLength * Math.Cos(angle));
        var ey = ty - (ArrowLength * Math.Sin(angle));

        return new LinkGeometry(
            from.Position.X, from.Position.Y, to.Position.X, to.Position.Y,
            $"M {N(sx)} {N(sy)} C {N(c1x)} {N(c1y)}, {N(c2x)} {N(c2y)}, {N(ex)} {N(ey)}",
            $"translate({N(ex)} {N(ey)}) rotate({N(angle * 180 / Math.PI)})",
            N((ax + bx) / 2),
            N((ay + by) / 2));
    }

    private static (double X, double Y) Centre(MapNode node)
    {
        var size = node.Size!;
        return (node.Position.X + (size.Width / 2), node.Position.Y + (size.Height / 2));
    }

    /// <summary>Where the ray from the card's centre along (dx, dy) leaves the card; the centre if the other end is inside.</summary>
    private static (double X, double Y) Edge(MapNode node, double cx, double cy, double dx, double dy)
    {
        var size = node.Size!;
        var tx = dx == 0 ? double.PositiveInfinity : size.Width / 2 / Math.Abs(dx);
        var ty = dy == 0 ? double.PositiveInfinity : size.Height / 2 / Math.Abs(dy);
        var t = Math.Min(tx, ty);
        return t >= 1 ? (cx, cy) : (cx + (t * dx), cy + (t * dy));
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
