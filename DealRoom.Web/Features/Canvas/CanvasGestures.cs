using Microsoft.JSInterop;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// What the browser's canvas gestures (app.js, <c>watchCanvas</c>) call back: a click or drag in the minimap and a
/// two-finger pinch. JS calls arrive on the circuit's dispatcher, where the adapter lives.
/// </summary>
public sealed class CanvasGestures(CanvasAdapter adapter)
{
    [JSInvokable]
    public void CentreOn(double x, double y) => adapter.CentreOn(x, y);

    [JSInvokable]
    public void Pinch(double factor, double screenX, double screenY, double panX, double panY) =>
        adapter.Pinch(factor, screenX, screenY, panX, panY);
}
