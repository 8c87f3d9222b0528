using Bunit;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Rooms;

namespace DealRoom.Tests.Web.Rooms;

/// <summary>
/// The parts of the room page that a committed edit elsewhere must not re-render: each renders only when what it
/// shows changed (every open circuit re-renders the page for each edit).
/// </summary>
public class RoomPageRenderingTests : BunitSetup
{
    [Fact]
    public void SelectionPanel_ShouldNotRender_WhenNothingIsSelectedAndTheStateChanges()
    {
        // Arrange
        var state = Room();
        var cut = Render<SelectionPanel>(p => p.Add(x => x.State, state));
        var renders = cut.RenderCount;

        // Act
        cut.Render(p => p.Add(x => x.State, Edited(state, "sh-a", "Finance Director")));

        // Assert
        Assert.Equal(renders, cut.RenderCount);
        Assert.NotNull(cut.Find("[data-testid=panel-empty]"));
    }

    [Fact]
    public void SelectionPanel_ShouldRenderTheEdit_WhenTheSelectedElementChanges()
    {
        // Arrange
        var state = Room();
        var cut = Render<SelectionPanel>(p => p.Add(x => x.State, state).Add(x => x.SelectedId, "sh-a"));
        var renders = cut.RenderCount;

        // Act
        cut.Render(p => p.Add(x => x.State, Edited(state, "sh-a", "Chief Financial Officer")));

        // Assert
        Assert.True(cut.RenderCount > renders);
        Assert.Contains(cut.FindAll("input"), i => i.GetAttribute("value") == "Chief Financial Officer");
    }

    [Fact]
    public void RoomHeader_ShouldRenderOnlyWhenWhatItShowsChanges()
    {
        // Arrange
        IReadOnlyList<Participant> participants = [];
        var cut = Render<RoomHeader>(p => p.Add(x => x.RoomId, "room-1").Add(x => x.Name, "Northwind")
            .Add(x => x.Phase, JourneyPhase.Awareness).Add(x => x.Participants, participants));
        var renders = cut.RenderCount;

        // Act 1: the page re-renders for an edit that changes nothing the header shows.
        cut.Render(p => p.Add(x => x.Name, "Northwind").Add(x => x.Participants, participants));

        // Assert 1
        Assert.Equal(renders, cut.RenderCount);

        // Act 2: the room is renamed.
        cut.Render(p => p.Add(x => x.Name, "Northwind CRM"));

        // Assert 2
        Assert.True(cut.RenderCount > renders);
        Assert.Contains("Northwind CRM", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void RoomToolbar_ShouldRenderOnlyWhenTheMapOrTheEditRightChanges()
    {
        // Arrange
        var cut = Render<RoomToolbar>(p => p.Add(x => x.CanEdit, true).Add(x => x.Tab, 0));
        var renders = cut.RenderCount;

        // Act 1
        cut.Render(p => p.Add(x => x.CanEdit, true).Add(x => x.Tab, 0));

        // Assert 1
        Assert.Equal(renders, cut.RenderCount);
        Assert.NotNull(cut.Find("[data-testid=add-stakeholder]"));

        // Act 2
        cut.Render(p => p.Add(x => x.CanEdit, false));

        // Assert 2
        Assert.True(cut.RenderCount > renders);
        Assert.Empty(cut.FindAll("[data-testid=add-stakeholder]"));
    }

    private static RoomState Room() => ComponentRooms.With(
        new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"), ("title", "CFO"))),
        new AddStakeholder("sh-b", 400, 0, ComponentRooms.Fields(("name", "Bo"))));

    private static RoomState Edited(RoomState state, string id, string title) =>
        ComponentRooms.Then(state, new UpdateStakeholder(id, ComponentRooms.Fields(("title", title))));
}
