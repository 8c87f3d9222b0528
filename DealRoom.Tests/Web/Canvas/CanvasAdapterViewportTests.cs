using Blazor.Diagrams.Core.Geometry;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

/// <summary>The view as others share it (the middle point and zoom), and the minimap and pinch moves.</summary>
public sealed class CanvasAdapterViewportTests : IDisposable
{
    private readonly CanvasAdapter _adapter;
    private int _userMoves;
    private int _viewportChanges;

    public CanvasAdapterViewportTests()
    {
        var state = ComponentRooms.With(new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "A"))));
        _adapter = new CanvasAdapter(MapKind.Stakeholders, state, _ => Task.CompletedTask, _ => Task.FromResult(false));
        _adapter.Diagram.SetContainer(new Rectangle(0, 0, 1000, 500));
        _adapter.UserMovedView += () => _userMoves++;
        _adapter.ViewportChanged += () => _viewportChanges++;
    }

    public void Dispose() => _adapter.Dispose();

    [Fact]
    public void ShowViewport_ShouldPutThePointInTheMiddle_WithoutCountingAsTheUsersMove()
    {
        _adapter.ShowViewport(300, -40, 1.5);

        Assert.Equal((300, -40, 1.5), Rounded(_adapter.Viewport));
        Assert.Equal(0, _userMoves);
        Assert.True(_viewportChanges > 0);
    }

    [Fact]
    public void ShowViewport_ShouldWaitForTheCanvas_WhenItIsNotMeasuredYet()
    {
        var state = ComponentRooms.With(new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "A"))));
        using var unmeasured = new CanvasAdapter(MapKind.Stakeholders, state, _ => Task.CompletedTask, _ => Task.FromResult(false));

        unmeasured.ShowViewport(50, 60, 0.8);
        Assert.Null(unmeasured.Viewport);
        unmeasured.Diagram.SetContainer(new Rectangle(0, 0, 800, 600));

        // The followed view wins over the opening fit.
        Assert.Equal((50, 60, 0.8), Rounded(unmeasured.Viewport));
    }

    [Fact]
    public void CentreOn_ShouldCentreAtTheSameZoom_AndCountAsTheUsersMove()
    {
        _adapter.ShowViewport(0, 0, 1.2);

        _adapter.CentreOn(700, 350);

        Assert.Equal((700, 350, 1.2), Rounded(_adapter.Viewport));
        Assert.Equal(1, _userMoves);
    }

    [Fact]
    public void Pinch_ShouldZoomAboutThePointBetweenTheFingers_AndPanWithIt()
    {
        _adapter.ShowViewport(500, 250, 1);

        // The fingers spread to twice their distance around (200, 100) on screen, which moved 10 px right.
        _adapter.Pinch(2, 210, 100, 10, 0);

        // The map point that was under (200, 100), at 200, 100 with this view, is now under (210, 100) at zoom 2.
        var (x, y, zoom) = _adapter.Viewport!.Value;
        Assert.Equal(2, zoom, 6);
        Assert.Equal(200 + ((500 - 210) / 2.0), x, 6);
        Assert.Equal(100 + ((250 - 100) / 2.0), y, 6);
        Assert.Equal(1, _userMoves);
    }

    [Fact]
    public void Zooming_ShouldCountAsTheUsersMove_WhenTheButtonsDoIt()
    {
        _adapter.ZoomIn();
        _adapter.Fit();

        Assert.Equal(2, _userMoves);
    }

    private static (double, double, double) Rounded((double X, double Y, double Zoom)? view) =>
        view is { } v ? (Math.Round(v.X, 6), Math.Round(v.Y, 6), Math.Round(v.Zoom, 6)) : throw new InvalidOperationException("No view.");
}
