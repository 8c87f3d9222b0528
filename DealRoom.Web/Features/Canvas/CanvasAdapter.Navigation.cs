using Blazor.Diagrams.Core.Events;

namespace DealRoom.Web.Features.Canvas;

/// <summary>Zoom and pan: the buttons and keys of the map, and the view a map opens with.</summary>
public sealed partial class CanvasAdapter
{
    /// <summary>The zoom a map opens with at most: cards at their designed size.</summary>
    public const double OpeningZoomMaximum = 1;

    /// <summary>
    /// The zoom a map opens with at least, even when the whole map does not fit: below it card titles, badges and link
    /// labels get too small to read (at ~71% titles were ~8.5 px). The fit button goes lower, on request.
    /// </summary>
    public const double OpeningZoomMinimum = 0.9;

    /// <summary>One step of the zoom buttons and keys.</summary>
    public const double ZoomStep = 1.2;

    /// <summary>Space kept between the cards and the canvas edge when fitting.</summary>
    public const double FitMargin = 32;

    /// <summary>Raised after the zoom or pan changed (for the zoom read-out).</summary>
    public event Action? ViewChanged;

    public double Zoom => Diagram.Zoom;

    public void ZoomIn() => ZoomBy(ZoomStep);

    public void ZoomOut() => ZoomBy(1 / ZoomStep);

    // Set while the adapter itself moves the view, so only the user's pans and zooms stop the opening fit.
    private bool _settingView;
    private bool _viewMovedByUser;

    /// <summary>Zooms by a factor about the middle of the view, within the diagram's zoom limits.</summary>
    public void ZoomBy(double factor)
    {
        if (Diagram.Container is not { Width: > 0, Height: > 0 } container)
        {
            return;
        }

        _viewMovedByUser = true;
        var options = Diagram.Options.Zoom;
        var zoom = Math.Clamp(Diagram.Zoom * factor, options.Minimum, options.Maximum);
        SetView(zoom, container.Width / 2, container.Height / 2, VisibleCentre());
        UserMovedView?.Invoke();
    }

    /// <summary>
    /// Fits every card in view, at most at 100% and at least at <paramref name="minimumZoom"/>. Along an axis where the
    /// cards then fit they are centred; where they do not, the view starts at their top or left edge (reading order:
    /// a map cut in the middle on both sides hides its top row, usually the people who decide).
    /// </summary>
    public void FitToContent(double minimumZoom)
    {
        if (Diagram.Container is not { Width: > 0, Height: > 0 } container || _nodes.Count == 0)
        {
            return;
        }

        var left = _nodes.Values.Min(n => n.Position.X);
        var top = _nodes.Values.Min(n => n.Position.Y);
        var right = _nodes.Values.Max(n => n.Position.X + (n.Size?.Width ?? 0));
        var bottom = _nodes.Values.Max(n => n.Position.Y + (n.Size?.Height ?? 0));
        // The margin is in screen pixels, so it stays the same at any zoom.
        var fit = Math.Min((container.Width - (2 * FitMargin)) / Math.Max(right - left, 1), (container.Height - (2 * FitMargin)) / Math.Max(bottom - top, 1));
        var options = Diagram.Options.Zoom;
        var zoom = Math.Clamp(fit, Math.Max(minimumZoom, options.Minimum), Math.Min(OpeningZoomMaximum, options.Maximum));
        var (screenX, atX) = Axis(left, right, container.Width, zoom);
        var (screenY, atY) = Axis(top, bottom, container.Height, zoom);
        SetView(zoom, screenX, screenY, (atX, atY));
    }

    /// <summary>Where along one axis to show which diagram coordinate: the middle if the cards fit, else their start.</summary>
    private static (double Screen, double At) Axis(double start, double end, double length, double zoom) =>
        ((end - start) * zoom) + (2 * FitMargin) <= length + 0.5 ? (length / 2, (start + end) / 2) : (FitMargin, start);

    /// <summary>Fits the whole map, as far out as the zoom limits allow.</summary>
    public void Fit()
    {
        _viewMovedByUser = true;
        FitToContent(Diagram.Options.Zoom.Minimum);
        UserMovedView?.Invoke();
    }

    /// <summary>+ and − zoom, 0 fits the map: while the canvas has the keyboard focus.</summary>
    private void OnNavigationKey(KeyboardEventArgs e)
    {
        if (e.CtrlKey || e.AltKey)
        {
            return;
        }

        switch (e.Key)
        {
            case "+" or "=":
                ZoomIn();
                break;
            case "-" or "_":
                ZoomOut();
                break;
            case "0":
                Fit();
                break;
        }
    }

    /// <summary>Shows the diagram point <paramref name="at"/> at (<paramref name="screenX"/>, <paramref name="screenY"/>) of the container, at <paramref name="zoom"/>.</summary>
    private void SetView(double zoom, double screenX, double screenY, (double X, double Y) at)
    {
        _settingView = true;
        try
        {
            Diagram.Batch(() =>
            {
                Diagram.SetZoom(zoom);
                Diagram.SetPan(screenX - (at.X * zoom), screenY - (at.Y * zoom));
            });
        }
        finally
        {
            _settingView = false;
        }

        ViewChanged?.Invoke();
    }

    /// <summary>
    /// Fits the opening view again whenever the canvas changes size, until the user moves the view: the canvas is first
    /// measured before the page around it has settled (the list below it, the side panel), and hiding the list should
    /// give an untouched map the room it gains.
    /// </summary>
    private void OnContainerChanged()
    {
        ShowPendingViewport();
        if (_viewMovedByUser || Diagram.Container is not { Width: > 0, Height: > 0 })
        {
            return;
        }

        FitToContent(OpeningZoomMinimum);
    }

    private void OnPanOrZoomChanged()
    {
        if (!_settingView)
        {
            // The library's own pan (a drag on the canvas) or the wheel.
            _viewMovedByUser = true;
            UserMovedView?.Invoke();
        }

        ViewportChanged?.Invoke();
    }

    private void OnPanOrZoomChanged(double deltaX, double deltaY) => OnPanOrZoomChanged();
}
