using Blazor.Diagrams.Core.Geometry;
using Bunit;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class MapNavigationTests : BunitSetup
{
    [Fact]
    public void Buttons_ShouldBeNamedForScreenReaders_AndZoomTheMap_WithTheLevelShown()
    {
        using var adapter = new CanvasAdapter(MapKind.Stakeholders,
            ComponentRooms.With(new AddStakeholder("sh-a", 100, 100, ComponentRooms.Fields(("name", "Ann")))),
            _ => Task.CompletedTask, _ => Task.FromResult(false));
        adapter.Diagram.SetContainer(new Rectangle(0, 0, 1000, 500));
        var cut = Render<MapNavigation>(p => p.Add(x => x.Adapter, adapter));
        Assert.Equal("100%", cut.Find("[data-testid=zoom-level]").TextContent);
        Assert.Equal("Zoom in", cut.Find("[data-testid=zoom-in]").GetAttribute("aria-label"));
        Assert.Equal("Zoom out", cut.Find("[data-testid=zoom-out]").GetAttribute("aria-label"));
        Assert.Equal("Fit the whole map", cut.Find("[data-testid=zoom-fit]").GetAttribute("aria-label"));

        cut.Find("[data-testid=zoom-in]").Click();

        cut.WaitForAssertion(() => Assert.Equal("120%", cut.Find("[data-testid=zoom-level]").TextContent));
        Assert.Equal(1.2, adapter.Zoom, 6);

        cut.Find("[data-testid=zoom-out]").Click();
        cut.Find("[data-testid=zoom-out]").Click();

        cut.WaitForAssertion(() => Assert.Equal("83%", cut.Find("[data-testid=zoom-level]").TextContent));
    }
}
