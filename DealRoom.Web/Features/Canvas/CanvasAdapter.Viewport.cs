namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The view as others can share it: the map point in the middle of the canvas and the zoom (for following someone
/// and bringing everyone to one place), and the ways a user moves the view besides the wheel and the buttons: a click
/// in the minimap and a two-finger pinch.
/// </summary>
public sealed partial class CanvasAdapter
{
    // A view asked for before the canvas was measured (a followed person switched to a map not drawn here yet).
    private (double X, double Y, double Zoom)? _pendingViewport;

    /// <summary>Raised after the user moved the view themselves (pan, wheel, zoom keys and buttons, minimap, pinch).</summary>
    public event Action? UserMovedView;

    /// <summary>Raised after the view changed for any reason (to tell the others where this viewer looks).</summary>
    public event Action? ViewportChanged;

    /// <summary>The map point in the middle of the canvas and the zoom; null until the canvas is measured.</summary>
    public (double X, double Y, double Zoom)? Viewport =>
        Diagram.Container is { Width: > 0, Height: > 0 } container
            ? (((container.Width / 2) - Diagram.Pan.X) / Diagram.Zoom, ((container.Height / 2) - Diagram.Pan.Y) / Diagram.Zoom, Diagram.Zoom)
            : null;

    /// <summary>
    /// Shows the map point (<paramref name="x"/>, <paramref name="y"/>) in the middle of the canvas at
    /// <paramref name="zoom"/> (within the zoom limits): someone else's view, not the user's own move. Before the canvas
    /// is measured, it is shown once it is.
    /// </summary>
    public void ShowViewport(double x, double y, double zoom)
    {
        if (Diagram.Container is not { Width: > 0, Height: > 0 } container)
        {
            _pendingViewport = (x, y, zoom);
            return;
        }

        _pendingViewport = null;

        // A view shown on request stops the opening fit, as a user's own move does.
        _viewMovedByUser = true;
        var options = Diagram.Options.Zoom;
        SetView(Math.Clamp(zoom, options.Minimum, options.Maximum), container.Width / 2, container.Height / 2, (x, y));
    }

    /// <summary>Centres the view on a map point at the current zoom: a click or drag in the minimap.</summary>
    public void CentreOn(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y) || Diagram.Container is not { Width: > 0, Height: > 0 } container)
        {
            return;
        }

        _viewMovedByUser = true;
        SetView(Diagram.Zoom, container.Width / 2, container.Height / 2, (x, y));
        UserMovedView?.Invoke();
    }

    /// <summary>
    /// One step of a two-finger pinch: zooms by <paramref name="factor"/> about the point between the fingers
    /// (<paramref name="screenX"/>, <paramref name="screenY"/> in the canvas), which keeps the map point under it, and
    /// pans by how far that point moved (<paramref name="panX"/>, <paramref name="panY"/>), as maps do.
    /// </summary>
    public void Pinch(double factor, double screenX, double screenY, double panX, double panY)
    {
        if (!double.IsFinite(factor) || factor <= 0 || !double.IsFinite(screenX + screenY + panX + panY) || Diagram.Container is not { Width: > 0, Height: > 0 })
        {
            return;
        }

        _viewMovedByUser = true;
        var options = Diagram.Options.Zoom;
        var zoom = Math.Clamp(Diagram.Zoom * factor, options.Minimum, options.Maximum);
        var at = ((screenX - panX - Diagram.Pan.X) / Diagram.Zoom, (screenY - panY - Diagram.Pan.Y) / Diagram.Zoom);
        SetView(zoom, screenX, screenY, at);
        UserMovedView?.Invoke();
    }

    private void ShowPendingViewport()
    {
        if (_pendingViewport is { } pending)
        {
            ShowViewport(pending.X, pending.Y, pending.Zoom);
        }
    }
}
