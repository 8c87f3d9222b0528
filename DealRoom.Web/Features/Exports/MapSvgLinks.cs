using System.Xml.Linq;
using DealRoom.Web.Features.Canvas;
using static DealRoom.Web.Features.Exports.SvgCanvas;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// A link of an exported map: the canvas's route from the edge of one card to the edge of the other (around the other cards), an arrow head
/// at the target, and the label halfway along the route on a patch of the canvas's colour (what the
/// canvas's text halo does, in a form every SVG renderer draws).
/// </summary>
public static class MapSvgLinks
{
    public static XElement Link(string kind, string id, LinkRoute c, string color, double width, bool dashed, string label, string background)
    {
        // The canvas's own route (LinkRouter), so the picture shows what the canvas shows.
        ArgumentNullException.ThrowIfNull(c);
        var line = Path(c.PathData(N), "none", color, width);
        if (dashed)
        {
            line.Add(new XAttribute("stroke-dasharray", "7 5"));
        }

        var arrow = Path("M 0 -5 L 10 0 L 0 5 Z", color);
        arrow.Add(new XAttribute("transform", $"translate({N(c.EndX)} {N(c.EndY)}) rotate({N(c.AngleDegrees)})"));
        var group = new XElement(Ns + "g", new XAttribute("class", "link"), new XAttribute("data-kind", kind), new XAttribute("data-id", id), line, arrow);
        if (label.Length > 0)
        {
            var (lx, ly) = (c.LabelX, c.LabelY);
            var labelWidth = SvgText.Width(label, 10) + 6;
            group.Add(
                Rect(lx - (labelWidth / 2), ly - 7, labelWidth, 14, 3, background),
                Text(lx, ly + 3.5, label, 10, "#455a64", anchor: "middle"));
        }

        return group;
    }

    private static string N(double value) => SvgText.N(value);
}
