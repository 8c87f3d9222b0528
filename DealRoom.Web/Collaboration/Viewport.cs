namespace DealRoom.Web.Collaboration;

/// <summary>
/// Where a participant is looking: which map, the map point at the middle of their canvas, and their zoom. The middle
/// rather than the pan, so that someone following on a smaller or larger screen sees the same place in their middle.
/// </summary>
public sealed record Viewport(string Map, double X, double Y, double Zoom)
{
    /// <summary>The stakeholder map (the team's only: a customer never sees it, nor anyone's viewport on it).</summary>
    public const string Stakeholders = "stakeholders";

    /// <summary>The shared-vision map.</summary>
    public const string Vision = "vision";

    /// <summary>How far from the map's origin a viewport's middle may be (well past any card a room can hold).</summary>
    public const double MaxCoordinate = 1_000_000;

    public const double MinZoom = 0.05;

    public const double MaxZoom = 20;

    /// <summary>Whether a customer may see this viewport (and be brought to it): only on the shared-vision map.</summary>
    public bool CustomerMaySee => Map == Vision;

    /// <summary>A viewport from untrusted input, or null when the map is unknown or a number is not finite or out of range.</summary>
    public static Viewport? Create(string? map, double x, double y, double zoom) =>
        map is Stakeholders or Vision
        && double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(zoom)
        && Math.Abs(x) <= MaxCoordinate && Math.Abs(y) <= MaxCoordinate && zoom is >= MinZoom and <= MaxZoom
            ? new Viewport(map, x, y, zoom)
            : null;
}
