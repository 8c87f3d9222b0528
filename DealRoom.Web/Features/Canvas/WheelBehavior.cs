using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Events;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The wheel as design tools use it: it pans the map (a trackpad's two-finger scroll moves it any way, Shift turns a
/// mouse wheel sideways); with Ctrl, or a trackpad's pinch (which the browser reports as Ctrl + wheel), it zooms about
/// the pointer. Replaces the library's behaviour, where every wheel turn zoomed and a trackpad could not pan.
/// </summary>
public sealed class WheelBehavior : Behavior
{
    /// <summary>How strongly one pixel of wheel delta zooms: a mouse notch (100 px) is about 18%, a pinch step a few %.</summary>
    public const double ZoomPerPixel = 0.002;

    public WheelBehavior(Diagram diagram)
        : base(diagram)
    {
        Diagram.Wheel += OnWheel;
    }

    public override void Dispose() => Diagram.Wheel -= OnWheel;

    private void OnWheel(WheelEventArgs e)
    {
        if (Diagram.Container is not { } container)
        {
            return;
        }

        // Lines (Firefox with a mouse) are about 16 px each.
        var unit = e.DeltaMode == 1 ? 16 : 1;
        var dx = e.DeltaX * unit;
        var dy = e.DeltaY * unit;
        if (!e.CtrlKey)
        {
            Diagram.UpdatePan(e.ShiftKey && dx == 0 ? -dy : -dx, e.ShiftKey && dx == 0 ? 0 : -dy);
            return;
        }

        // Turned towards the user (or pinched in), it zooms out, as in maps, design tools and browsers.
        var options = Diagram.Options.Zoom;
        var zoom = Math.Clamp(Diagram.Zoom * Math.Exp(-dy * ZoomPerPixel), options.Minimum, options.Maximum);
        if (zoom == Diagram.Zoom)
        {
            return;
        }

        // The point under the pointer stays under it.
        var screenX = e.ClientX - container.Left;
        var screenY = e.ClientY - container.Top;
        var atX = (screenX - Diagram.Pan.X) / Diagram.Zoom;
        var atY = (screenY - Diagram.Pan.Y) / Diagram.Zoom;
        Diagram.Batch(() =>
        {
            Diagram.SetZoom(zoom);
            Diagram.SetPan(screenX - (atX * zoom), screenY - (atY * zoom));
        });
    }
}
