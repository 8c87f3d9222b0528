using System.Xml;
using System.Xml.Linq;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Canvas;
using static DealRoom.Web.Features.Exports.SvgCanvas;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// A map of a room as a standalone SVG document, drawn from the room state and the cards' positions alone: the same
/// picture for every browser and every client, testable without one. Links are drawn under the cards, as on the
/// canvas; the picture is cropped to the cards with a margin and a caption on top.
/// </summary>
public static class MapSvg
{
    public const string Background = "#fafbfc";
    private const double Margin = 32;
    private const double CaptionHeight = 36;

    // LinkStyles never looks at a link's ends; the probe link needs some.
    private static readonly MapNode StyleProbeNode = new TeamMemberNode(new Domain.Team.TeamMember { Id = "style-probe", Name = "style probe" });

    /// <summary>The SVG document as text (UTF-8, with its XML declaration).</summary>
    public static string Render(RoomState state, MapKind map, MapSvgOptions options)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), Build(state, map, options));
        using var writer = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = false }))
        {
            document.Save(xml);
        }

        return writer.ToString();
    }

    /// <summary>The SVG root element, for embedding in a page.</summary>
    public static XElement Build(RoomState state, MapKind map, MapSvgOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var boxes = new Dictionary<string, CardRect>(StringComparer.Ordinal);
        var cards = new List<XElement>();
        var pending = new List<(LinkEnds Ends, ElementKind Kind, Action<MapLink> Style)>();
        var gaps = options.GapCounts ?? new Dictionary<string, int>();
        int GapsOf(string id) => gaps.TryGetValue(id, out var count) ? count : 0;
        void Pend(string id, ElementKind kind, string fromId, string toId, Action<MapLink> style) => pending.Add((new LinkEnds(id, fromId, toId), kind, style));

        if (map == MapKind.Stakeholders)
        {
            foreach (var s in state.Stakeholders.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                boxes[s.Id] = new(s.X, s.Y, StakeholderNode.CardSize.Width, StakeholderNode.CardSize.Height);
                cards.Add(MapSvgCards.Stakeholder(s, options, GapsOf(s.Id)));
            }

            foreach (var t in state.TeamMembers.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
            {
                boxes[t.Id] = new(t.X, t.Y, TeamMemberNode.CardSize.Width, TeamMemberNode.CardSize.Height);
                cards.Add(MapSvgCards.TeamMember(t, GapsOf(t.Id)));
            }

            foreach (var r in state.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                Pend(r.Id, ElementKind.Relationship, r.FromId, r.ToId, link => LinkStyles.Apply(link, r));
            }

            foreach (var c in state.Coverages.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                Pend(c.Id, ElementKind.Coverage, c.TeamMemberId, c.StakeholderId, link => LinkStyles.Apply(link, c));
            }
        }
        else
        {
            foreach (var v in state.VisionElements.Values.OrderBy(v => v.Id, StringComparer.Ordinal))
            {
                boxes[v.Id] = new(v.X, v.Y, VisionNode.CardSize.Width, VisionNode.CardSize.Height);
                cards.Add(MapSvgCards.Vision(v, GapsOf(v.Id)));
            }

            foreach (var l in state.VisionLinks.Values.OrderBy(l => l.Id, StringComparer.Ordinal))
            {
                Pend(l.Id, ElementKind.VisionLink, l.FromId, l.ToId, link => LinkStyles.Apply(link, l));
            }
        }

        var links = DrawLinks(boxes, pending);
        var (minX, minY, maxX, maxY) = boxes.Count == 0
            ? (0.0, 0.0, 480.0, 120.0)
            : (boxes.Values.Min(b => b.X), boxes.Values.Min(b => b.Y), boxes.Values.Max(b => b.X + b.Width), boxes.Values.Max(b => b.Y + b.Height));
        var left = minX - Margin;
        var top = minY - Margin - CaptionHeight;
        var width = Math.Max(480, maxX - minX + (2 * Margin));
        var height = maxY - minY + (2 * Margin) + CaptionHeight;
        var caption = $"{map.Title()} · {state.Profile.Name}" + (state.Profile.CustomerName is { Length: > 0 } customer ? $" · {customer}" : string.Empty);

        var svg = new XElement(Ns + "svg",
            new XAttribute("version", "1.1"),
            new XAttribute("width", SvgText.N(width)),
            new XAttribute("height", SvgText.N(height)),
            new XAttribute("viewBox", $"{SvgText.N(left)} {SvgText.N(top)} {SvgText.N(width)} {SvgText.N(height)}"),
            new XAttribute("font-family", FontFamily),
            new XAttribute("data-map", map.RouteName()),
            new XElement(Ns + "title", caption),
            Rect(left, top, width, height, 0, Background),
            Text(left + Margin, top + 26, SvgText.Fit(caption, 16, width - (2 * Margin), bold: true), 16, "#37474f", bold: true),
            new XElement(Ns + "g", new XAttribute("class", "links"), links),
            new XElement(Ns + "g", new XAttribute("class", "cards"), cards));
        if (boxes.Count == 0)
        {
            svg.Add(Text(left + Margin, top + CaptionHeight + 40, "Nothing on this map yet.", 13, "#78909c"));
        }

        return svg;
    }

    /// <summary>
    /// The links between drawn cards, routed around the other cards as on the canvas; one whose end is not on the map
    /// (not visible to this audience) is left out.
    /// </summary>
    private static List<XElement> DrawLinks(Dictionary<string, CardRect> boxes, List<(LinkEnds Ends, ElementKind Kind, Action<MapLink> Style)> pending)
    {
        var routes = LinkRouter.Route(boxes, pending.Select(p => p.Ends));
        var links = new List<XElement>();
        foreach (var (ends, kind, style) in pending)
        {
            if (routes.TryGetValue(ends.Id, out var route))
            {
                // The canvas's own styles (LinkStyles) set on a throwaway link: one definition of colours, widths and labels.
                var probe = new MapLink(ends.Id, kind, StyleProbeNode, StyleProbeNode);
                style(probe);
                links.Add(MapSvgLinks.Link(kind.ToString(), ends.Id, route, probe.Color, probe.Width, probe.Dashed, probe.LabelText, Background));
            }
        }

        return links;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
