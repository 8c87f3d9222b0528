using Bunit;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class MapLinksLayerTests : BunitSetup
{
    [Fact]
    public void Render_ShouldDrawOneLinkWithPathArrowAndLabel_WhenTwoCardsHaveARelationship()
    {
        // Arrange
        using var adapter = Adapter(TwoCardsAndARelationship());

        // Act
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        // Assert
        var link = Assert.Single(cut.FindAll("g.map-link"));
        Assert.Equal("Relationship", link.GetAttribute("data-kind"));
        Assert.Equal("rel-1", link.GetAttribute("data-id"));
        var paths = link.QuerySelectorAll("path");
        Assert.Equal(3, paths.Length);
        Assert.Equal(LinkGeometry.Between(adapter.Nodes["sh-a"], adapter.Nodes["sh-b"]).Path, paths[0].GetAttribute("d"));
        Assert.Equal("Influences", link.QuerySelector("text.map-link-label")?.TextContent);
        Assert.Empty(adapter.Diagram.Links);
    }

    [Fact]
    public void Render_ShouldRedrawTheLink_WhenACardIsDragged()
    {
        // Arrange
        using var adapter = Adapter(TwoCardsAndARelationship());
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));
        var before = cut.Find("g.map-link path").GetAttribute("d");

        // Act: a drag step of the library moves the node model; nothing is committed yet.
        var card = adapter.Nodes["sh-b"];
        cut.InvokeAsync(() => card.SetPosition(card.Position.X + 40, card.Position.Y + 120));

        // Assert
        cut.WaitForAssertion(() =>
        {
            var d = cut.Find("g.map-link path").GetAttribute("d");
            Assert.NotEqual(before, d);
            Assert.Equal(LinkGeometry.Between(adapter.Nodes["sh-a"], card).Path, d);
        });
    }

    [Fact]
    public void Render_ShouldRedrawTheLink_WhenAMoveIsCommittedElsewhere()
    {
        // Arrange: Ann's card (230 × 112) moves below Bo's, so the link leaves the top edge of hers, at (615 - 14, 400).
        var state = TwoCardsAndARelationship();
        using var adapter = Adapter(state);
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));
        var move = new MoveNode("sh-a", 500, 400);

        // Act
        cut.InvokeAsync(() => adapter.Apply(ComponentRooms.Then(state, move), [move]));

        // Assert
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(500, adapter.Nodes["sh-a"].Position.X);
            Assert.StartsWith("M 601 400 ", cut.Find("g.map-link path").GetAttribute("d"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void PointerDown_ShouldSelectTheRelationship_AndDrawItInTheSelectionColour()
    {
        // Arrange
        using var adapter = Adapter(TwoCardsAndARelationship());
        string? selected = null;
        adapter.SelectionChanged += id => selected = id;
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        // Act
        cut.Find("g.map-link").PointerDown();

        // Assert
        Assert.Equal("rel-1", selected);
        Assert.Equal("rel-1", adapter.SelectedId);
        cut.WaitForAssertion(() => Assert.Equal(MapLinkGroupView.ColorStyle(MapLinkGroupView.SelectedColor), cut.Find("g.map-link").GetAttribute("style")));
    }

    [Fact]
    public void Select_ShouldMoveTheSelectionFromALinkToACard_AndClearTheLinkColour()
    {
        // Arrange
        using var adapter = Adapter(TwoCardsAndARelationship());
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));
        cut.Find("g.map-link").PointerDown();

        // Act
        cut.InvokeAsync(() => adapter.Select("sh-a"));

        // Assert
        Assert.Equal("sh-a", adapter.SelectedId);
        Assert.Null(adapter.SelectedLink);
        cut.WaitForAssertion(() => Assert.Equal("color: #fb8c00", cut.Find("g.map-link").GetAttribute("style")));
    }

    [Fact]
    public void Render_ShouldDropTheLink_WhenOneOfItsCardsIsRemoved()
    {
        // Arrange
        var state = TwoCardsAndARelationship();
        using var adapter = Adapter(state);
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));
        var remove = new RemoveElement("sh-b");

        // Act
        cut.InvokeAsync(() => adapter.Apply(ComponentRooms.Then(state, remove), [remove]));

        // Assert
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("g.map-link")));
        Assert.Empty(adapter.Links);
    }

    [Fact]
    public void Render_ShouldPutLinksInGroupsOfAtMostTheCapacity_WhenAMapHasManyLinks()
    {
        // Arrange: a hub with more links than one group holds.
        var operations = new List<Operation> { new AddStakeholder("sh-hub", 0, 0, ComponentRooms.Fields(("name", "Hub"))) };
        var count = MapLinkGroup.Capacity + 5;
        for (var i = 0; i < count; i++)
        {
            operations.Add(new AddStakeholder($"sh-{i}", 300 * (i + 1), 300, ComponentRooms.Fields(("name", $"Person {i}"))));
            operations.Add(new AddRelationship($"rel-{i}", "sh-hub", $"sh-{i}", ComponentRooms.Fields(("kind", "Influences"))));
        }

        using var adapter = Adapter(ComponentRooms.With([.. operations]));

        // Act
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        // Assert
        Assert.Equal(count, cut.FindAll("g.map-link").Count);
        Assert.Equal(2, adapter.LinkGroups.Count);
        Assert.All(adapter.LinkGroups, g => Assert.InRange(g.Links.Count, 1, MapLinkGroup.Capacity));
    }

    private static CanvasAdapter Adapter(RoomState state) =>
        new(MapKind.Stakeholders, state, _ => Task.CompletedTask, _ => Task.FromResult(false));

    private static RoomState TwoCardsAndARelationship() => ComponentRooms.With(
        new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))),
        new AddStakeholder("sh-b", 400, 0, ComponentRooms.Fields(("name", "Bo"))),
        new AddRelationship("rel-1", "sh-a", "sh-b", ComponentRooms.Fields(("kind", "Influences"))));
}
