using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Geometry;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

/// <summary>The canvas's live signals: this viewer's drag steps and pointer go out, others' drags and pointers come in.</summary>
public sealed class CanvasAdapterSignalsTests : IDisposable
{
    private readonly List<Operation> _submitted = [];
    private readonly List<string> _events = [];
    private readonly CanvasAdapter _adapter;

    public CanvasAdapterSignalsTests()
    {
        _adapter = new CanvasAdapter(MapKind.Stakeholders, Room(), op => { _submitted.Add(op); return Task.CompletedTask; }, _ => Task.FromResult(false));
        _adapter.Dragging += (id, x, y) => _events.Add(FormattableString.Invariant($"drag {id} {x} {y}"));
        _adapter.DragFinished += id => _events.Add($"end {id}");
        _adapter.PointerMoved += (x, y) => _events.Add(FormattableString.Invariant($"pointer {x} {y}"));
    }

    public void Dispose() => _adapter.Dispose();

    [Fact]
    public void DragStep_ShouldGoOut_WhenTheLibraryMovesACard_ButNotWhenAnotherPersonsDragOrACommitDoes()
    {
        // Act: the library's drag step (SetPosition from its drag behaviour), another's drag, a committed move.
        _adapter.Nodes["sh-a"].SetPosition(10, 20);
        _adapter.ShowRemoteDrag("circuit-other", "sh-b", 50, 60);
        _adapter.Apply(Room(new MoveNode("sh-b", 70, 80)), [new MoveNode("sh-b", 70, 80)]);

        // Assert: only this viewer's own step is a signal; the other two moved the card and committed nothing.
        Assert.Equal(["drag sh-a 10 20"], _events);
        Assert.Equal(70, _adapter.Nodes["sh-b"].Position.X);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Drop_ShouldSubmitOneMove_AndThenEndTheDrag()
    {
        var node = _adapter.Nodes["sh-a"];
        node.SetPosition(10.4, 20.6);

        node.TriggerMoved();

        Assert.Equal(new MoveNode("sh-a", 10, 21), Assert.Single(_submitted));
        Assert.Equal(["drag sh-a 10.4 20.6", "end sh-a"], _events);
    }

    [Fact]
    public void EndRemoteDrag_ShouldPutTheCardBackWhereTheRoomHasIt_WhenTheDragWasGivenUp()
    {
        _adapter.ShowRemoteDrag("circuit-other", "sh-b", 50, 60);

        _adapter.EndRemoteDrag(Room(), "sh-b");

        Assert.Equal(new Point(400, 0), _adapter.Nodes["sh-b"].Position);
    }

    [Fact]
    public void ForgetAbsent_ShouldEndTheDragsAndDropThePointersOfPeopleWhoLeft()
    {
        _adapter.ShowRemoteDrag("circuit-gone", "sh-b", 50, 60);
        _adapter.ShowRemoteCursor("circuit-gone", "Gone", "#1565c0", 1, 2);
        _adapter.ShowRemoteCursor("circuit-here", "Here", "#2e7d32", 3, 4);

        _adapter.ForgetAbsent(Room(), new HashSet<string> { "circuit-here" });

        Assert.Equal(new Point(400, 0), _adapter.Nodes["sh-b"].Position);
        Assert.Equal(["circuit-here"], _adapter.RemoteCursors.Keys);
    }

    [Fact]
    public void PointerMove_ShouldGoOutInMapCoordinates_OnlyWhileTheViewerSharesIt()
    {
        _adapter.Diagram.SetContainer(new Rectangle(100, 50, 900, 650));
        _adapter.Diagram.SetZoom(2);
        var move = new PointerEventArgs(300, 250, 0, 0, false, false, false, 1, 1, 1, 0.5f, 0, 0, "mouse", true);

        _adapter.Diagram.TriggerPointerMove(null, move);
        _adapter.SetShareCursor(true);
        _adapter.Diagram.TriggerPointerMove(null, move);

        var pan = _adapter.Diagram.Pan;
        Assert.Equal([FormattableString.Invariant($"pointer {(200 - pan.X) / 2} {(200 - pan.Y) / 2}")], _events);
    }

    private static RoomState Room(params Operation[] then) => ComponentRooms.With(
    [
        new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))),
        new AddStakeholder("sh-b", 400, 0, ComponentRooms.Fields(("name", "Bo"))),
        .. then,
    ]);
}
