using Blazor.Diagrams.Core.Models;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.Canvas;

/// <summary>A relationship, coverage or vision link drawn between two nodes (no ports: anchored on the node shapes).</summary>
public sealed class MapLink : LinkModel
{
    public MapLink(string id, ElementKind kind, MapNode source, MapNode target)
        : base(id, source, target)
    {
        Kind = kind;
        TargetMarker = LinkMarker.Arrow;
        From = source;
        To = target;
    }

    public ElementKind Kind { get; }

    public MapNode From { get; }

    public MapNode To { get; }

    /// <summary>
    /// The label, drawn by <see cref="MapLinkWidget"/> itself as SVG text: a library label model costs two more
    /// components per link, which on a 500-stakeholder map is thousands per open circuit.
    /// </summary>
    public string LabelText { get; set; } = string.Empty;

    /// <summary>Coverage is drawn dashed: it is our contact, not the customer's structure.</summary>
    public bool Dashed => Kind == ElementKind.Coverage;
}
