using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Geometry;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class CanvasAdapterNavigationTests
{
    private static readonly Rectangle View = new(0, 0, 1000, 500);

    private static RoomState Stakeholders(params (string Id, double X, double Y)[] cards) =>
        ComponentRooms.With(cards.Select(c => (Operation)new AddStakeholder(c.Id, c.X, c.Y, ComponentRooms.Fields(("name", c.Id)))).ToArray());

    private static CanvasAdapter Open(RoomState state)
    {
        var adapter = new CanvasAdapter(MapKind.Stakeholders, state, _ => Task.CompletedTask, _ => Task.FromResult(false));
        adapter.Diagram.SetContainer(View);
        return adapter;
    }

    private static (double X, double Y) OnScreen(CanvasAdapter adapter, double x, double y) =>
        ((x * adapter.Zoom) + adapter.Diagram.Pan.X, (y * adapter.Zoom) + adapter.Diagram.Pan.Y);

    [Fact]
    public void Opening_ShouldStayAt90Percent_WhenTheWholeMapWouldOnlyFitSmaller()
    {
        using var adapter = Open(Stakeholders(("sh-a", 0, 0), ("sh-b", 4000, 2000)));

        Assert.Equal(CanvasAdapter.OpeningZoomMinimum, adapter.Zoom, 6);
        // The view starts at the map's top-left corner (it fits along neither axis).
        var (x, y) = OnScreen(adapter, 0, 0);
        Assert.Equal((CanvasAdapter.FitMargin, CanvasAdapter.FitMargin), (Math.Round(x), Math.Round(y)));
    }

    [Fact]
    public void Opening_ShouldShowCardsAtTheirSizeInTheMiddle_WhenASmallMapFits()
    {
        using var adapter = Open(Stakeholders(("sh-a", 100, 100), ("sh-b", 400, 150)));

        Assert.Equal(1, adapter.Zoom, 6);
        var (x, y) = OnScreen(adapter, (100 + 400 + StakeholderNode.CardSize.Width) / 2, (100 + 150 + StakeholderNode.CardSize.Height) / 2);
        Assert.Equal((500, 250), (Math.Round(x), Math.Round(y)));
    }

    [Fact]
    public void Opening_ShouldCentreAcrossAndStartAtTheTop_WhenTheMapFitsInWidthOnly()
    {
        using var adapter = Open(Stakeholders(("sh-a", 0, 0), ("sh-b", 300, 900)));

        Assert.Equal(CanvasAdapter.OpeningZoomMinimum, adapter.Zoom, 6);
        var (x, y) = OnScreen(adapter, (300 + StakeholderNode.CardSize.Width) / 2, 0);
        Assert.Equal((500, CanvasAdapter.FitMargin), (Math.Round(x), Math.Round(y)));
    }

    [Fact]
    public void Fit_ShouldBringEveryCardIntoView_WhenTheMapIsLargerThanTheView()
    {
        using var adapter = Open(Stakeholders(("sh-a", -500, 0), ("sh-b", 2000, 900), ("sh-c", 800, -300)));

        adapter.Fit();

        Assert.True(adapter.Zoom < CanvasAdapter.OpeningZoomMinimum);
        foreach (var node in adapter.Nodes.Values)
        {
            var (left, top) = OnScreen(adapter, node.Position.X, node.Position.Y);
            var (right, bottom) = OnScreen(adapter, node.Position.X + node.Size!.Width, node.Position.Y + node.Size.Height);
            Assert.InRange(left, 0, View.Width);
            Assert.InRange(right, 0, View.Width);
            Assert.InRange(top, 0, View.Height);
            Assert.InRange(bottom, 0, View.Height);
        }
    }

    [Fact]
    public void ZoomInAndOut_ShouldKeepTheMiddleOfTheViewInPlace_AndStayWithinTheLimits()
    {
        using var adapter = Open(Stakeholders(("sh-a", 100, 100)));
        var before = (adapter.Diagram.Pan.X, adapter.Diagram.Pan.Y);
        var middle = (((500 - before.X) / adapter.Zoom), ((250 - before.Y) / adapter.Zoom));

        adapter.ZoomIn();

        Assert.Equal(CanvasAdapter.ZoomStep, adapter.Zoom, 6);
        var (x, y) = OnScreen(adapter, middle.Item1, middle.Item2);
        Assert.Equal((500, 250), (Math.Round(x), Math.Round(y)));

        for (var i = 0; i < 30; i++)
        {
            adapter.ZoomOut();
        }

        Assert.Equal(adapter.Diagram.Options.Zoom.Minimum, adapter.Zoom, 6);
    }

    [Theory]
    [InlineData("+", 1.2)]
    [InlineData("=", 1.2)]
    [InlineData("-", 1 / 1.2)]
    public void Keys_ShouldZoom_WhenTheCanvasHasTheFocus(string key, double factor)
    {
        using var adapter = Open(Stakeholders(("sh-a", 100, 100)));

        adapter.Diagram.TriggerKeyDown(new KeyboardEventArgs(key, key, 0, false, false, false));

        Assert.Equal(factor, adapter.Zoom, 6);
    }

    [Fact]
    public void KeyZero_ShouldFitTheWholeMap()
    {
        using var adapter = Open(Stakeholders(("sh-a", 0, 0), ("sh-b", 4000, 2000)));

        adapter.Diagram.TriggerKeyDown(new KeyboardEventArgs("0", "Digit0", 0, false, false, false));

        Assert.True(adapter.Zoom < 0.3 + 1e-9, $"zoom {adapter.Zoom}");
    }

    [Fact]
    public void CtrlWheel_ShouldZoomOutAboutThePointer_WhenTurnedTowardsTheUser()
    {
        using var adapter = Open(Stakeholders(("sh-a", 100, 100)));
        var under = ((200 - adapter.Diagram.Pan.X) / adapter.Zoom, (150 - adapter.Diagram.Pan.Y) / adapter.Zoom);

        // A positive deltaY with Ctrl is the wheel turned towards the user, or a trackpad pinched in: zoom out.
        adapter.Diagram.TriggerWheel(new WheelEventArgs(200, 150, 0, 0, true, false, false, 0, 100, 0, 0));

        Assert.True(adapter.Zoom < 1, $"zoom {adapter.Zoom}");
        var (x, y) = OnScreen(adapter, under.Item1, under.Item2);
        Assert.Equal((200, 150), (Math.Round(x), Math.Round(y)));
    }

    [Fact]
    public void Wheel_ShouldPanWithoutZooming_WhenNoCtrlIsHeld()
    {
        using var adapter = Open(Stakeholders(("sh-a", 100, 100)));
        var zoom = adapter.Zoom;
        var pan = adapter.Diagram.Pan;

        // A trackpad's two-finger scroll: 30 px right and 100 px down moves the map 30 px left and 100 px up.
        adapter.Diagram.TriggerWheel(new WheelEventArgs(500, 250, 0, 0, false, false, false, 30, 100, 0, 0));

        Assert.Equal(zoom, adapter.Zoom, 9);
        Assert.Equal((pan.X - 30, pan.Y - 100), (adapter.Diagram.Pan.X, adapter.Diagram.Pan.Y));
    }

    [Fact]
    public void ContainerChange_ShouldFitTheOpeningViewAgain_UntilTheUserMovesTheView()
    {
        using var adapter = Open(Stakeholders(("sh-a", 0, 0), ("sh-b", 300, 900)));
        Assert.Equal(CanvasAdapter.OpeningZoomMinimum, adapter.Zoom, 6);

        // The list below the map is hidden: the whole map now fits, so it is centred at 100% at most.
        adapter.Diagram.SetContainer(new Rectangle(0, 0, 1000, 1200));
        Assert.Equal(1, adapter.Zoom, 6);

        // The user pans; a later resize leaves their view alone.
        adapter.Diagram.SetPan(-40, -40);
        adapter.Diagram.SetContainer(new Rectangle(0, 0, 1000, 500));
        Assert.Equal(1, adapter.Zoom, 6);
        Assert.Equal((-40, -40), (adapter.Diagram.Pan.X, adapter.Diagram.Pan.Y));
    }
}
