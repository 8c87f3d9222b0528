namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The curve of a link between two cards, in diagram coordinates, as Blazor.Diagrams draws node-to-node links: from
/// the edge of one card to the edge of the other, with control points as the library's smooth path generator places
/// them; the curve ends where an arrow head of <see cref="ArrowLength"/> starts, the head pointing along the curve's
/// last tangent (<see cref="Angle"/>, radians); the label sits halfway between the two centres. The canvas and the
/// map exports draw the same curve from this one place.
/// </summary>
public readonly record struct LinkCurve(
    double StartX, double StartY, double C1X, double C1Y, double C2X, double C2Y, double EndX, double EndY, double Angle,
    double LabelX, double LabelY)
{
    /// <summary>The arrow head points along +x with its tip at x = 10 (app.css, .map-link-arrow; the exports' head).</summary>
    public const double ArrowLength = 10;

    public double AngleDegrees => Angle * 180 / Math.PI;

    public static LinkCurve Between(CardRect from, CardRect to)
    {
        var (ax, ay) = Centre(from);
        var (bx, by) = Centre(to);
        var (sx, sy) = Edge(from, ax, ay, bx - ax, by - ay);
        var (tx, ty) = Edge(to, bx, by, ax - bx, ay - by);

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

        var angle = c2x == tx && c2y == ty ? Math.Atan2(ty - sy, tx - sx) : Math.Atan2(ty - c2y, tx - c2x);
        var ex = tx - (ArrowLength * Math.Cos(angle));
        var ey = ty - (ArrowLength * Math.Sin(angle));
        return new LinkCurve(sx, sy, c1x, c1y, c2x, c2y, ex, ey, angle, (ax + bx) / 2, (ay + by) / 2);
    }

    private static (double X, double Y) Centre(CardRect card) => (card.X + (card.Width / 2), card.Y + (card.Height / 2));

    /// <summary>Where the ray from the card's centre along (dx, dy) leaves the card; the centre if the other end is inside.</summary>
    private static (double X, double Y) Edge(CardRect card, double cx, double cy, double dx, double dy)
    {
        var tx = dx == 0 ? double.PositiveInfinity : card.Width / 2 / Math.Abs(dx);
        var ty = dy == 0 ? double.PositiveInfinity : card.Height / 2 / Math.Abs(dy);
        var t = Math.Min(tx, ty);
        return t >= 1 ? (cx, cy) : (cx + (t * dx), cy + (t * dy));
    }
}
