using Blazor.Diagrams.Core.Geometry;

namespace DealRoom.Web.Features.Canvas;

/// <summary>Where new cards go: free space near the middle of the visible map.</summary>
public sealed partial class CanvasAdapter
{
    // Spots handed out for cards not on the canvas yet (their add is on its way to the room): two quick adds must not
    // land on the same spot. Dropped when the card arrives or its add is refused (both reconcile the id).
    private readonly Dictionary<string, CardRect> _reserved = new(StringComparer.Ordinal);

    /// <summary>
    /// A free spot for a new card of <paramref name="size"/> with element id <paramref name="id"/>, as close to the
    /// middle of the visible map as the cards already there allow; held for that id until its card arrives.
    /// </summary>
    public (double X, double Y) PlaceNew(string id, Size size)
    {
        var (centreX, centreY) = VisibleCentre();
        var occupied = _nodes.Values
            .Select(n => new CardRect(n.Position.X, n.Position.Y, n.Size?.Width ?? 0, n.Size?.Height ?? 0))
            .Concat(_reserved.Values)
            .ToList();
        var (x, y) = FreeSlot.Find(occupied, centreX, centreY, size.Width, size.Height, VisibleArea());
        _reserved[id] = new CardRect(x, y, size.Width, size.Height);
        return (x, y);
    }

    /// <summary>What the canvas shows, in diagram coordinates, less a margin; null before the canvas is measured.</summary>
    private CardRect? VisibleArea()
    {
        if (Diagram.Container is not { Width: > 0, Height: > 0 } container)
        {
            return null;
        }

        var zoom = Diagram.Zoom;
        var inset = FreeSlot.Margin;
        return new CardRect((-Diagram.Pan.X / zoom) + inset, (-Diagram.Pan.Y / zoom) + inset,
            (container.Width / zoom) - (2 * inset), (container.Height / zoom) - (2 * inset));
    }

    /// <summary>The middle of what the canvas shows, in diagram coordinates; the cards' middle before it is measured.</summary>
    private (double X, double Y) VisibleCentre()
    {
        if (Diagram.Container is { Width: > 0, Height: > 0 } container)
        {
            return (((container.Width / 2) - Diagram.Pan.X) / Diagram.Zoom, ((container.Height / 2) - Diagram.Pan.Y) / Diagram.Zoom);
        }

        if (_nodes.Count == 0)
        {
            return (400, 240);
        }

        var bounds = _nodes.Values.Select(n => (n.Position.X, n.Position.Y)).ToList();
        return ((bounds.Min(b => b.X) + bounds.Max(b => b.X)) / 2, (bounds.Min(b => b.Y) + bounds.Max(b => b.Y)) / 2);
    }
}
