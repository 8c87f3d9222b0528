using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// A relationship, coverage or vision link drawn between two nodes, anchored on the node shapes. Not a library link
/// model: <see cref="MapLinksLayer"/> draws every link of a map in one component, where the library would hold a
/// model and three components per link in every open circuit.
/// </summary>
public sealed class MapLink(string id, ElementKind kind, MapNode from, MapNode to)
{
    private LinkGeometry? _geometry;

    public string Id { get; } = id;

    public ElementKind Kind { get; } = kind;

    public MapNode From { get; } = from;

    public MapNode To { get; } = to;

    /// <summary>The group that draws this link (see <see cref="MapLinkGroup"/>).</summary>
    public MapLinkGroup? Group { get; set; }

    public string Color { get; set; } = "#90a4ae";

    public double Width { get; set; } = 2;

    /// <summary>The label, drawn as SVG text halfway between the two cards' centres.</summary>
    public string LabelText { get; set; } = string.Empty;

    /// <summary>Coverage is drawn dashed: it is our contact, not the customer's structure.</summary>
    public bool Dashed => Kind == ElementKind.Coverage;

    /// <summary>A sentence that names the link for screen readers ("Dana reports to Lee").</summary>
    public string AccessibleName => Kind == ElementKind.Coverage
        ? $"{From.DisplayName} covers {To.DisplayName}" + (LabelText.Length > 0 ? $": {LabelText}" : string.Empty)
        : $"{From.DisplayName} {LabelText.ToLowerInvariant()} {To.DisplayName}";

    /// <summary>Sets the route around the other cards (<see cref="LinkRouter"/>), valid while neither card moves.</summary>
    public void SetRoute(LinkRoute route) => _geometry = LinkGeometry.Of(From, To, route);

    /// <summary>
    /// The link's shape: the route last set while the cards stay where it was computed; the direct curve once one of
    /// them moved (during a drag), until the next route.
    /// </summary>
    public LinkGeometry Geometry
    {
        get
        {
            if (_geometry is not { } g || !g.IsFor(From, To))
            {
                _geometry = g = LinkGeometry.Between(From, To);
            }

            return g;
        }
    }
}
