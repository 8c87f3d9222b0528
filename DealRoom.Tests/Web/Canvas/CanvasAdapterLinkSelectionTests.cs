using Blazor.Diagrams.Core.Events;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class CanvasAdapterLinkSelectionTests
{
    private static readonly PointerEventArgs Press = new(10, 10, 0, 1, false, false, false, 1, 1, 1, 0.5f, 0, 0, "mouse", true);

    [Fact]
    public async Task KeyDown_ShouldAskAndSubmitTheRemoval_WhenARelationshipIsSelectedAndDeleteIsPressed()
    {
        // Arrange
        var submitted = new List<Operation>();
        var asked = new List<string>();
        using var adapter = new CanvasAdapter(MapKind.Stakeholders, Room(),
            op => { submitted.Add(op); return Task.CompletedTask; },
            id => { asked.Add(id); return Task.FromResult(true); });
        adapter.SelectLink("rel-1");

        // Act
        adapter.Diagram.TriggerKeyDown(new KeyboardEventArgs("Delete", "Delete", 0, false, false, false));
        await Task.Yield();

        // Assert
        Assert.Equal(["rel-1"], asked);
        Assert.Equal(new RemoveElement("rel-1"), Assert.Single(submitted));
    }

    [Fact]
    public void PointerDown_ShouldClearTheSelectedRelationship_WhenTheEmptyCanvasIsPressed()
    {
        // Arrange
        using var adapter = new CanvasAdapter(MapKind.Stakeholders, Room(), _ => Task.CompletedTask, _ => Task.FromResult(false));
        var selections = new List<string?>();
        adapter.SelectionChanged += selections.Add;
        adapter.SelectLink("rel-1");

        // Act
        adapter.Diagram.TriggerPointerDown(null, Press);

        // Assert
        Assert.Equal(["rel-1", null], selections);
        Assert.Null(adapter.SelectedLink);
        Assert.Null(adapter.SelectedId);
    }

    [Fact]
    public void Select_ShouldSelectTheRelationship_WhenItsRowIsPicked()
    {
        // Arrange
        using var adapter = new CanvasAdapter(MapKind.Stakeholders, Room(), _ => Task.CompletedTask, _ => Task.FromResult(false));
        adapter.Select("sh-a");

        // Act
        adapter.Select("rel-1");

        // Assert
        Assert.Equal("rel-1", adapter.SelectedId);
        Assert.Empty(adapter.Diagram.GetSelectedModels());
    }

    private static RoomState Room() => ComponentRooms.With(
        new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))),
        new AddStakeholder("sh-b", 400, 0, ComponentRooms.Fields(("name", "Bo"))),
        new AddRelationship("rel-1", "sh-a", "sh-b", ComponentRooms.Fields(("kind", "Influences"))));
}
