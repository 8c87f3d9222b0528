using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Routing;

namespace DealRoom.Web.Features.Canvas;

/// <summary>A link to route: its id and the ids of the two cards it joins.</summary>
public readonly record struct LinkEnds(string Id, string FromId, string ToId);

/// <summary>
/// Routes a map's links around the cards they do not belong to with MSAGL's spline router (the cards are its
/// obstacles), so no link passes under another card. Runs on a whole map at once: the canvas after cards moved, the
/// exports once per picture. A link MSAGL cannot route (a loop, a card inside another) gets the direct curve.
/// </summary>
public static class LinkRouter
{
    /// <summary>How far a route keeps from a card it passes.</summary>
    public const double Padding = 10;

    public static IReadOnlyDictionary<string, LinkRoute> Route(IReadOnlyDictionary<string, CardRect> cards, IEnumerable<LinkEnds> links)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(links);
        var routes = new Dictionary<string, LinkRoute>(StringComparer.Ordinal);
        var graph = new GeometryGraph();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var edges = new List<(string Id, Edge Edge, CardRect From, CardRect To)>();
        foreach (var link in links)
        {
            if (!cards.TryGetValue(link.FromId, out var from) || !cards.TryGetValue(link.ToId, out var to))
            {
                continue;
            }

            if (link.FromId == link.ToId || from.Crowds(to, 0))
            {
                routes[link.Id] = LinkRoute.Direct(from, to);
                continue;
            }

            // A link whose direct curve clears every other card keeps it: the router is for the ones that do not.
            var direct = LinkRoute.Direct(from, to);
            if (!Crosses(direct, cards, link))
            {
                routes[link.Id] = direct;
                continue;
            }

            var edge = new Edge(NodeOf(link.FromId), NodeOf(link.ToId));
            edge.EdgeGeometry.TargetArrowhead = new Arrowhead { Length = LinkCurve.ArrowLength };
            graph.Edges.Add(edge);
            edges.Add((link.Id, edge, from, to));
        }

        if (edges.Count > 0)
        {
            // Every card is an obstacle, linked or not.
            foreach (var id in cards.Keys)
            {
                NodeOf(id);
            }

            new SplineRouter(graph, Padding, Padding / 2, Math.PI / 6) { ContinueOnOverlaps = true }.Run();
        }

        foreach (var (id, edge, from, to) in edges)
        {
            routes[id] = Convert(edge) ?? LinkRoute.Direct(from, to);
        }

        return routes;

        Node NodeOf(string id)
        {
            if (!nodes.TryGetValue(id, out var node))
            {
                var card = cards[id];
                var centre = new Point(card.X + (card.Width / 2), card.Y + (card.Height / 2));
                node = new Node(CurveFactory.CreateRectangle(card.Width, card.Height, centre), id);
                nodes[id] = node;
                graph.Nodes.Add(node);
            }

            return node;
        }
    }

    /// <summary>True when the route passes over a card other than its two ends (or nearer to it than half the padding).</summary>
    public static bool Crosses(LinkRoute route, IReadOnlyDictionary<string, CardRect> cards, LinkEnds link)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(cards);
        var points = route.Sample().ToList();
        var m = Padding / 2;
        foreach (var (id, card) in cards)
        {
            if (id != link.FromId && id != link.ToId
                && points.Any(p => p.X > card.X - m && p.X < card.X + card.Width + m && p.Y > card.Y - m && p.Y < card.Y + card.Height + m))
            {
                return true;
            }
        }

        return false;
    }

    private static LinkRoute? Convert(Edge edge)
    {
        if (edge.Curve is not { } curve || edge.EdgeGeometry.TargetArrowhead is not { } head)
        {
            return null;
        }

        var segments = new List<LinkSegment>();
        foreach (var piece in curve is Curve c ? c.Segments : [curve])
        {
            switch (piece)
            {
                case LineSegment line:
                    var a = line.Start;
                    var b = line.End;
                    segments.Add(new LinkSegment(a.X + ((b.X - a.X) / 3), a.Y + ((b.Y - a.Y) / 3), a.X + (2 * (b.X - a.X) / 3), a.Y + (2 * (b.Y - a.Y) / 3), b.X, b.Y));
                    break;
                case CubicBezierSegment bezier:
                    segments.Add(new LinkSegment(bezier.B(1).X, bezier.B(1).Y, bezier.B(2).X, bezier.B(2).Y, bezier.B(3).X, bezier.B(3).Y));
                    break;
                default:
                    // Arcs and anything else: short straight pieces along it.
                    const int Steps = 8;
                    var previous = piece.Start;
                    for (var i = 1; i <= Steps; i++)
                    {
                        var p = piece[piece.ParStart + ((piece.ParEnd - piece.ParStart) * i / Steps)];
                        segments.Add(new LinkSegment(previous.X, previous.Y, p.X, p.Y, p.X, p.Y));
                        previous = p;
                    }

                    break;
            }
        }

        if (segments.Count == 0)
        {
            return null;
        }

        var end = curve.End;
        var tip = head.TipPosition;
        var angle = Math.Atan2(tip.Y - end.Y, tip.X - end.X);
        var middle = curve[curve.GetParameterAtLength(curve.Length / 2)];
        return new LinkRoute(curve.Start.X, curve.Start.Y, segments, angle, middle.X, middle.Y);
    }
}
