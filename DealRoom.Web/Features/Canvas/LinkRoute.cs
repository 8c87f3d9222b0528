using System.Text;

namespace DealRoom.Web.Features.Canvas;

/// <summary>One cubic piece of a routed link: two control points and where it ends.</summary>
public readonly record struct LinkSegment(double C1X, double C1Y, double C2X, double C2Y, double X, double Y);

/// <summary>
/// The drawn shape of a link in diagram coordinates: a chain of cubic pieces from the edge of one card to where the
/// arrow head starts, the head's angle (radians, pointing along the path's last tangent) and the label's spot. The
/// canvas (<see cref="LinkGeometry"/>) and the map exports draw the same route.
/// </summary>
public sealed record LinkRoute(double StartX, double StartY, IReadOnlyList<LinkSegment> Segments, double Angle, double LabelX, double LabelY)
{
    public double EndX => Segments.Count == 0 ? StartX : Segments[^1].X;

    public double EndY => Segments.Count == 0 ? StartY : Segments[^1].Y;

    public double AngleDegrees => Angle * 180 / Math.PI;

    /// <summary>The direct curve between two cards (no obstacles): what a link shows while one of its cards is dragged.</summary>
    public static LinkRoute Direct(CardRect from, CardRect to)
    {
        var c = LinkCurve.Between(from, to);
        return new LinkRoute(c.StartX, c.StartY, [new LinkSegment(c.C1X, c.C1Y, c.C2X, c.C2Y, c.EndX, c.EndY)], c.Angle, c.LabelX, c.LabelY);
    }

    /// <summary>The SVG path data, each number written by <paramref name="number"/>.</summary>
    public string PathData(Func<double, string> number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var text = new StringBuilder(24 + (Segments.Count * 40));
        text.Append("M ").Append(number(StartX)).Append(' ').Append(number(StartY));
        foreach (var s in Segments)
        {
            text.Append(" C ").Append(number(s.C1X)).Append(' ').Append(number(s.C1Y))
                .Append(", ").Append(number(s.C2X)).Append(' ').Append(number(s.C2Y))
                .Append(", ").Append(number(s.X)).Append(' ').Append(number(s.Y));
        }

        return text.ToString();
    }

    /// <summary>Points along the path (the ends and <paramref name="steps"/> per piece), for tests and label checks.</summary>
    public IEnumerable<(double X, double Y)> Sample(int steps = 16)
    {
        var (x0, y0) = (StartX, StartY);
        yield return (x0, y0);
        foreach (var s in Segments)
        {
            for (var i = 1; i <= steps; i++)
            {
                var t = (double)i / steps;
                var u = 1 - t;
                yield return (
                    (u * u * u * x0) + (3 * u * u * t * s.C1X) + (3 * u * t * t * s.C2X) + (t * t * t * s.X),
                    (u * u * u * y0) + (3 * u * u * t * s.C1Y) + (3 * u * t * t * s.C2Y) + (t * t * t * s.Y));
            }

            (x0, y0) = (s.X, s.Y);
        }
    }
}
