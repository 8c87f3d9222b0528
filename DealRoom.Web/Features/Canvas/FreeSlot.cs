namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// Where a new card goes: the free spot nearest the middle of the visible map, so it lands where the user is looking
/// and never on top of another card (every add used to land on about the same spot, piling cards up).
/// </summary>
public static class FreeSlot
{
    /// <summary>The space kept free between a new card and its neighbours.</summary>
    public const double Margin = 24;

    private const int MaxRings = 60;

    /// <summary>
    /// The top-left corner of a free <paramref name="width"/> × <paramref name="height"/> spot, searched outward from
    /// the spot centred on (<paramref name="centreX"/>, <paramref name="centreY"/>): ring by ring on a grid of half a
    /// card, nearest first within each ring. Coordinates are whole numbers (operations carry them as is).
    /// </summary>
    /// <param name="visible">
    /// The part of the map on screen, if known: a spot wholly inside it is taken before a nearer one that is cut by
    /// its edge (a new card half off screen is easy to miss).
    /// </param>
    public static (double X, double Y) Find(
        IReadOnlyCollection<CardRect> occupied, double centreX, double centreY, double width, double height, CardRect? visible = null)
    {
        ArgumentNullException.ThrowIfNull(occupied);
        var originX = Math.Round(centreX - (width / 2));
        var originY = Math.Round(centreY - (height / 2));
        var stepX = Math.Round((width + Margin) / 2);
        var stepY = Math.Round((height + Margin) / 2);
        foreach (var mustBeVisible in visible is null ? [false] : new[] { true, false })
        {
            for (var ring = 0; ring <= MaxRings; ring++)
            {
                foreach (var (i, j) in Ring(ring, stepX, stepY))
                {
                    var candidate = new CardRect(originX + (i * stepX), originY + (j * stepY), width, height);
                    if ((!mustBeVisible || visible!.Value.Contains(candidate)) && !occupied.Any(o => candidate.Crowds(o, Margin)))
                    {
                        return (candidate.X, candidate.Y);
                    }
                }
            }
        }

        // A map packed that densely around the view: below everything, where there is always room.
        var bottom = occupied.Count == 0 ? originY : occupied.Max(o => o.Y + o.Height) + Margin;
        return (originX, Math.Round(bottom));
    }

    /// <summary>The grid cells at Chebyshev distance <paramref name="ring"/>, nearest to the centre first (in pixels).</summary>
    private static IEnumerable<(int I, int J)> Ring(int ring, double stepX, double stepY)
    {
        if (ring == 0)
        {
            return [(0, 0)];
        }

        var cells = new List<(int I, int J)>(8 * ring);
        for (var i = -ring; i <= ring; i++)
        {
            cells.Add((i, -ring));
            cells.Add((i, ring));
        }

        for (var j = -ring + 1; j <= ring - 1; j++)
        {
            cells.Add((-ring, j));
            cells.Add((ring, j));
        }

        // Ties broken by a fixed order (right before left, below before above) so the same map gives the same spot.
        return cells
            .OrderBy(c => Math.Pow(c.I * stepX, 2) + Math.Pow(c.J * stepY, 2))
            .ThenBy(c => -c.I)
            .ThenBy(c => -c.J);
    }
}
