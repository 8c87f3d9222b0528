using System.Xml.Linq;

namespace DealRoom.Web.Features.Exports;

/// <summary>Small builders for SVG elements: every number invariant, every text escaped by <see cref="XElement"/>.</summary>
public static class SvgCanvas
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Fonts a browser or the server's rasteriser will find; the last is always there.</summary>
    public const string FontFamily = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

    public static XElement Rect(double x, double y, double width, double height, double radius, string fill, string? stroke = null, double strokeWidth = 1)
    {
        var rect = new XElement(Ns + "rect",
            new XAttribute("x", SvgText.N(x)), new XAttribute("y", SvgText.N(y)),
            new XAttribute("width", SvgText.N(width)), new XAttribute("height", SvgText.N(height)),
            new XAttribute("fill", fill));
        if (radius > 0)
        {
            rect.Add(new XAttribute("rx", SvgText.N(radius)), new XAttribute("ry", SvgText.N(radius)));
        }

        if (stroke is not null)
        {
            rect.Add(new XAttribute("stroke", stroke), new XAttribute("stroke-width", SvgText.N(strokeWidth)));
        }

        return rect;
    }

    public static XElement Text(double x, double y, string text, double fontSize, string fill, bool bold = false, string anchor = "start")
    {
        var element = new XElement(Ns + "text",
            new XAttribute("x", SvgText.N(x)), new XAttribute("y", SvgText.N(y)),
            new XAttribute("font-size", SvgText.N(fontSize)), new XAttribute("fill", fill), text);
        if (bold)
        {
            element.Add(new XAttribute("font-weight", "600"));
        }

        if (anchor != "start")
        {
            element.Add(new XAttribute("text-anchor", anchor));
        }

        return element;
    }

    public static XElement Path(string d, string fill, string? stroke = null, double strokeWidth = 1) =>
        new(Ns + "path", new XAttribute("d", d), new XAttribute("fill", fill),
            stroke is null ? null : new XAttribute("stroke", stroke),
            stroke is null ? null : new XAttribute("stroke-width", SvgText.N(strokeWidth)));

    /// <summary>A labelled pill: a rounded rectangle with text, its width from the text; returns it and its width.</summary>
    public static (XElement Pill, double Width) Pill(double x, double y, string text, double fontSize, string fill, string color, double maxWidth, string? stroke = null)
    {
        var fitted = SvgText.Fit(text, fontSize, maxWidth - 10, bold: true);
        var width = SvgText.Width(fitted, fontSize, bold: true) + 10;
        var height = fontSize + 5;
        var pill = new XElement(Ns + "g",
            Rect(x, y, width, height, height / 2, fill, stroke),
            Text(x + (width / 2), y + fontSize, fitted, fontSize, color, bold: true, anchor: "middle"));
        return (pill, width);
    }
}
