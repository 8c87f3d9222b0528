using Bunit;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class MapLinkKeyboardTests : BunitSetup
{
    [Fact]
    public void Render_ShouldMakeTheLinkFocusableWithASentenceAsItsName_WhenTwoCardsHaveARelationship()
    {
        using var adapter = Adapter(TwoCardsAndARelationship(), _ => { }, readOnly: false);

        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        var link = cut.Find("g.map-link");
        Assert.Equal("0", link.GetAttribute("tabindex"));
        Assert.Equal("button", link.GetAttribute("role"));
        Assert.Equal("Ann reports to Bo", link.GetAttribute("aria-label"));
        Assert.Equal(MapLinkGroupView.LinkKeysHintId, link.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void KeyDown_ShouldSelectTheLink_WhenEnterIsPressedOnIt()
    {
        using var adapter = Adapter(TwoCardsAndARelationship(), _ => { }, readOnly: true);
        string? selected = null;
        adapter.SelectionChanged += id => selected = id;
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        cut.Find("g.map-link").KeyDown(key: "Enter");

        Assert.Equal("rel-1", selected);
        Assert.Same(adapter.Links["rel-1"], adapter.SelectedLink);
    }

    [Fact]
    public void KeyDown_ShouldAskToRemoveTheLink_WhenDeleteIsPressedOnAMapTheUserMayChange()
    {
        var asked = new List<string>();
        using var adapter = Adapter(TwoCardsAndARelationship(), id => asked.Add(id), readOnly: false);
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        cut.Find("g.map-link").KeyDown(key: "Delete");

        Assert.Equal(["rel-1"], asked);
    }

    [Fact]
    public void KeyDown_ShouldNotRemoveTheLink_WhenDeleteIsPressedOnAReadOnlyMap()
    {
        var asked = new List<string>();
        using var adapter = Adapter(TwoCardsAndARelationship(), id => asked.Add(id), readOnly: true);
        var cut = Render<MapLinksLayer>(p => p.Add(x => x.Adapter, adapter));

        cut.Find("g.map-link").KeyDown(key: "Delete");

        Assert.Empty(asked);
    }

    private static CanvasAdapter Adapter(RoomState state, Action<string> onConfirm, bool readOnly) =>
        new(MapKind.Stakeholders, state, _ => Task.CompletedTask, id =>
        {
            onConfirm(id);
            return Task.FromResult(false);
        }, readOnly);

    private static RoomState TwoCardsAndARelationship() => ComponentRooms.With(
        new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))),
        new AddStakeholder("sh-b", 400, 0, ComponentRooms.Fields(("name", "Bo"))),
        new AddRelationship("rel-1", "sh-a", "sh-b", ComponentRooms.Fields(("kind", "ReportsTo"))));
}
