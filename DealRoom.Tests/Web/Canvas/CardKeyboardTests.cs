using Bunit;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;
using Microsoft.AspNetCore.Components.Web;

namespace DealRoom.Tests.Web.Canvas;

public class CardKeyboardTests : BunitSetup
{
    [Fact]
    public void ArrowKey_ShouldSubmitAMoveOfOneStep_WhenPressedOnAFocusableCard()
    {
        // Arrange: a card on a canvas whose submissions are recorded.
        var state = ComponentRooms.With(new AddStakeholder("sh-erik", 100, 200, ComponentRooms.Fields(("name", "Erik Lindqvist"))));
        var submitted = new List<Operation>();
        using var adapter = new CanvasAdapter(MapKind.Stakeholders, state, op => { submitted.Add(op); return Task.CompletedTask; }, _ => Task.FromResult(false));
        var node = (StakeholderNode)adapter.Nodes["sh-erik"];
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, node).AddCascadingValue(adapter));
        var card = cut.Find("[data-testid=stakeholder-card]");

        // Act
        card.KeyDown(new KeyboardEventArgs { Key = "ArrowLeft" });
        card.KeyDown(new KeyboardEventArgs { Key = "ArrowDown", ShiftKey = true });

        // Assert: focusable, described by the keys hint, and each arrow became a move through the room.
        Assert.Equal("0", card.GetAttribute("tabindex"));
        Assert.Equal(CardKeys.HintId, card.GetAttribute("aria-describedby"));
        Assert.Equal(
            [new MoveNode("sh-erik", 100 - CanvasAdapter.KeyStep, 200), new MoveNode("sh-erik", 100, 200 + (4 * CanvasAdapter.KeyStep))],
            submitted.Cast<MoveNode>());
    }

    [Fact]
    public void ArrowKey_ShouldSubmitNothing_WhenTheViewerMayNotEdit()
    {
        var state = ComponentRooms.With(new AddStakeholder("sh-erik", 100, 200, ComponentRooms.Fields(("name", "Erik Lindqvist"))));
        var submitted = new List<Operation>();
        using var adapter = new CanvasAdapter(MapKind.Stakeholders, state, op => { submitted.Add(op); return Task.CompletedTask; }, _ => Task.FromResult(false), readOnly: true);
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, (StakeholderNode)adapter.Nodes["sh-erik"]).AddCascadingValue(adapter));

        cut.Find("[data-testid=stakeholder-card]").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });

        Assert.Empty(submitted);
    }
}
