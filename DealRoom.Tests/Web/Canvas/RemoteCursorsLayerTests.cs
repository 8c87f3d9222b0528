using Blazor.Diagrams.Core.Geometry;
using Bunit;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class RemoteCursorsLayerTests : BunitSetup
{
    [Fact]
    public void Render_ShouldDrawEachPointerWithItsName_AtItsMapPointThroughTheView_AndDropItWhenItGoes()
    {
        // Arrange: the map zoomed to 200%.
        using var adapter = new CanvasAdapter(MapKind.Vision,
            ComponentRooms.With(new AddStakeholder("sh-a", 100, 100, ComponentRooms.Fields(("name", "Ann")))),
            _ => Task.CompletedTask, _ => Task.FromResult(false));
        adapter.Diagram.SetContainer(new Rectangle(0, 0, 1000, 500));
        adapter.Diagram.SetZoom(2);
        var cut = Render<RemoteCursorsLayer>(p => p.Add(x => x.Adapter, adapter));
        Assert.Empty(cut.FindAll("[data-testid=remote-cursor]"));

        // Act
        cut.InvokeAsync(() => adapter.ShowRemoteCursor("circuit-sam", "Sam Patel", "#d81b60", 10, 20));

        // Assert
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=remote-cursor]")));
        var pointer = cut.Find("[data-testid=remote-cursor]");
        Assert.Equal("Sam Patel", pointer.QuerySelector(".remote-cursor-name")!.TextContent);
        var pan = adapter.Diagram.Pan;
        Assert.Contains(FormattableString.Invariant($"translate({20 + pan.X:0.#}px, {40 + pan.Y:0.#}px)"), pointer.GetAttribute("style"), StringComparison.Ordinal);

        cut.InvokeAsync(() => adapter.HideRemoteCursor("circuit-sam"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=remote-cursor]")));
    }
}
