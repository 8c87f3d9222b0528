using System.Xml.Linq;
using static DealRoom.Web.Features.Exports.SvgCanvas;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// A link of an exported map: the canvas's curve from the edge of one card to the edge of the other, an arrow head
/// at the target, and the label halfway between the two centres on a patch of the canvas's colour (what the
/// canvas's text halo does, in a form every SVG renderer draws).
/// </summary>
public static class MapSvgLinks
{
    private const double ArrowLength = 10;

    /// <summary>A card's rectangle on the map.</summary>
    public readonly record struct Box(double X, double Y, double Width, double Height)
    {
        public double CentreX => X + (Width / 2);

        public double CentreY => Y + (Height / 2);
    }

    public static XElement Link(string kind, string id, Box from, Box to, string color, double width, bool dashed, string label, string background)
    {
        var (ax, ay) = (from.CentreX, from.CentreY);
        var (bx, by) = (to.CentreX, to.CentreY);
        var (sx, sy) = Edge(from, bx - ax, by - ay);
        var (tx, ty) = Edge(to, ax - bx, ay - by);
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

        var line = Path($"M {N(sx)} {N(sy)} C {N(c1x)} {N(c1y)}, {N(c2x)} {N(c2y)}, {N(ex)} {N(ey)}", "none", color, width);
        if (dashed)
        {
            line.Add(new XAttribute("stroke-dasharray", "7 5"));
        }

        var arrow = Path("M 0 -5 L 10 0 L 0 5 Z", color);
        arrow.Add(new XAttribute("transform", $"translate({N(ex)} {N(ey)}) rotate({N(angle * 180 / Math.PI)})"));
        var group = new XElement(Ns + "g", new XAttribute("class", "link"), new XAttribute("data-kind", kind), new XAttribute("data-id", id), line, arrow);
        if (label.Length > 0)
        {
            var (lx, ly) = ((ax + bx) / 2, (ay + by) / 2);
            var labelWidth = SvgText.Width(label, 10) + 6;
            group.Add(
                Rect(lx - (labelWidth / 2), ly - 7, labelWidth, 14, 3, background),
                Text(lx, ly + 3.5, label, 10, "#455a64", anchor: "middle"));
        }

        return group;
    }

    /// <summary>Where the ray from the card's centre along (dx, dy) leaves the card; the centre if the other end is inside.</summary>
    private static (double X, double Y) Edge(Box box, double dx, double dy)
    {
        var tx = dx == 0 ? double.PositiveInfinity : box.Width / 2 / Math.Abs(dx);
        var ty = dy == 0 ? double.PositiveInfinity : box.Height / 2 / Math.Abs(dy);
        var t = Math.Min(tx, ty);
        return t >= 1 ? (box.CentreX, box.CentreY) : (box.CentreX + (t * dx), box.CentreY + (t * dy));
    }

    private static string N(double value) => SvgText.N(value);
}
