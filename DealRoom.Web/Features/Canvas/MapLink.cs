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
        Label = AddLabel(string.Empty);
    }

    public ElementKind Kind { get; }

    public LinkLabelModel Label { get; }

    /// <summary>Coverage is drawn dashed: it is our contact, not the customer's structure.</summary>
    public bool Dashed => Kind == ElementKind.Coverage;
}
