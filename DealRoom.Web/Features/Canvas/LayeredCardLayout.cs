using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Core.Routing;
using Microsoft.Msagl.Layout.Layered;
using MsaglLayout = Microsoft.Msagl.Layout.Layered.LayeredLayout;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// A layered (Sugiyama) layout of cards with MSAGL (Microsoft Automatic Graph Layout): the cards go in layers so that
/// edges point one way, with few crossings, and no two cards overlap. Positions come back as top-left corners in
/// screen coordinates (y grows downwards), starting at (0, 0).
/// </summary>
public sealed class LayeredCardLayout
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly List<(string Before, string After)> _constraints = [];
    private readonly GeometryGraph _graph = new();

    /// <summary>The space between two cards of one layer.</summary>
    public double NodeSeparation { get; init; } = 48;

    /// <summary>The space between two layers.</summary>
    public double LayerSeparation { get; init; } = 96;

    public LayerDirection Direction { get; init; } = LayerDirection.TopToBottom;

    public void AddCard(string id, double width, double height)
    {
        // MSAGL's y axis points up; a card is a rectangle around its centre.
        var node = new Node(CurveFactory.CreateRectangle(width, height, new Point(0, 0)), id);
        _nodes[id] = node;
        _graph.Nodes.Add(node);
    }

    /// <summary>An edge from one card to another: the source goes in an earlier layer, where the graph allows.</summary>
    public void AddEdge(string fromId, string toId)
    {
        if (fromId != toId && _nodes.TryGetValue(fromId, out var from) && _nodes.TryGetValue(toId, out var to))
        {
            _graph.Edges.Add(new Edge(from, to));
        }
    }

    /// <summary>A card that must come in an earlier layer than another (above, or left of, it), edge or not.</summary>
    public void AddOrder(string beforeId, string afterId)
    {
        if (beforeId != afterId && _nodes.ContainsKey(beforeId) && _nodes.ContainsKey(afterId))
        {
            _constraints.Add((beforeId, afterId));
        }
    }

    /// <summary>Runs the layout: every card's new top-left corner, the whole layout's top-left at (0, 0).</summary>
    public IReadOnlyDictionary<string, (double X, double Y)> Run()
    {
        if (_nodes.Count == 0)
        {
            return new Dictionary<string, (double X, double Y)>();
        }

        var settings = new SugiyamaLayoutSettings
        {
            NodeSeparation = NodeSeparation,
            LayerSeparation = LayerSeparation,
            // Rotating the top-to-bottom layout a quarter turn counter-clockwise puts the first layer on the left.
            Transformation = Direction == LayerDirection.LeftToRight ? PlaneTransformation.Rotation(Math.PI / 2) : PlaneTransformation.Rotation(0),
        };

        // The map draws its own links: the layout only needs the cards' places.
        settings.EdgeRoutingSettings.EdgeRoutingMode = EdgeRoutingMode.StraightLine;
        foreach (var (before, after) in _constraints)
        {
            settings.AddUpDownConstraint(_nodes[before], _nodes[after]);
        }

        new MsaglLayout(_graph, settings).Run();
        var left = _nodes.Values.Min(n => n.BoundingBox.Left);
        var top = _nodes.Values.Max(n => n.BoundingBox.Top);
        return _nodes.ToDictionary(
            p => p.Key,
            p => (Math.Round(p.Value.BoundingBox.Left - left), Math.Round(top - p.Value.BoundingBox.Top)),
            StringComparer.Ordinal);
    }
}
