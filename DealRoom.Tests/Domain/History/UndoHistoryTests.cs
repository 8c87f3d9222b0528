using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.History;

public sealed class UndoHistoryTests
{
    private const string Ann = "user-ann";

    [Fact]
    public void Stacks_ShouldUndoInReverseOrderAndRedoInOrder_WhenAnnMadeThreeEdits()
    {
        var log = Room().By(Ann, Title("One"), Title("Two"), Title("Three"));

        log.Undo(Ann);
        log.Undo(Ann);
        var afterTwoUndos = log.State.Stakeholders["sh-ceo"].Title;
        log.Redo(Ann);
        var afterRedo = log.State.Stakeholders["sh-ceo"].Title;
        var stacks = UndoHistory.Stacks(log.Log, Ann);

        Assert.Equal("One", afterTwoUndos);
        Assert.Equal("Two", afterRedo);
        Assert.Equal((2, 1), (stacks.Undo.Count, stacks.Redo.Count));
    }

    [Fact]
    public void Stacks_ShouldForgetTheRedo_WhenAnnMadeANewEditAfterAnUndo()
    {
        var log = Room().By(Ann, Title("One"));
        log.Undo(Ann);
        log.By(Ann, new MoveNode("sh-ceo", 5, 5));

        Assert.False(UndoHistory.Stacks(log.Log, Ann).CanRedo);
        Assert.Null(log.Redo(Ann));
    }

    [Fact]
    public void Stacks_ShouldMoveOn_WhenEverythingOfAnUndoWasSkipped()
    {
        var log = Room().By(Ann, Title("Ann's")).By("user-bob", Title("Bob's"));

        var plan = log.Undo(Ann)!;
        var stacks = UndoHistory.Stacks(log.Log, Ann);

        Assert.Empty(plan.Operations);
        Assert.Equal((0, 1), (stacks.Undo.Count, stacks.Redo.Count));
        Assert.Equal(0, ((Undo)log.Log[^1].Operation).Count);
    }

    [Fact]
    public void Stacks_ShouldLeaveOutPhaseChangesIterationsAndAcknowledgements()
    {
        var log = Room().By(Ann, new SetPhase(JourneyPhase.Buying, "Go"), new MarkIteration("it-2", "Two"), new AcknowledgeGap("C3", "Soon"));

        Assert.False(UndoHistory.Stacks(log.Log, Ann).CanUndo);
    }

    [Fact]
    public void Stacks_ShouldBeTheSame_WhenReadFromTheLogAfterARoundTripThroughItsWireForm()
    {
        var log = Room().By(Ann, Title("One"), Title("Two"));
        log.Undo(Ann);

        var reread = log.Log.Select(o => o with { Operation = OperationJson.Parse(OperationJson.ToJson(o.Operation)).Operation! }).ToList();
        var stacks = UndoHistory.Stacks(reread, Ann);

        Assert.Equal((1, 1), (stacks.Undo.Count, stacks.Redo.Count));
        Assert.Equal(log.Log[^1].Version, stacks.Redo[0].LastVersion);
        Assert.Equal(log.Log[^2].Version, stacks.Redo[0].FirstVersion); // the one operation of the undo, then its step
    }

    [Fact]
    public void Apply_ShouldRefuseAnUndoStep_WhenItClaimsMoreOperationsThanTheRoomHas()
    {
        var state = new RoomBuilder().Stakeholder("sh-1").Build();

        RoomAssert.Rejects(state, new Undo { Count = 2 }, ErrorCodes.OutOfRange);
        Assert.Equal(state.Version + 1, RoomAssert.Next(state, new Redo { Count = 1, Target = 1 }).Version);
    }

    [Fact]
    public void Undo_ShouldTakeBackAGroupInOneStep_AndRedoShouldRedoItWhole_WhenAnnGroupedHerLastTwoEdits()
    {
        var log = Room().By(Ann, Title("Kept"), new MoveNode("sh-ceo", 400, 200), Title("Tidied"), new GroupChanges(2));

        var plan = log.Undo(Ann)!;
        var undone = log.State.Stakeholders["sh-ceo"];
        log.Redo(Ann);
        var redone = log.State.Stakeholders["sh-ceo"];

        Assert.Equal(2, plan.Operations.Count);
        Assert.Equal(("Kept", 0d), (undone.Title, undone.X));
        Assert.Equal(("Tidied", 400d), (redone.Title, redone.X));
        Assert.Equal(2, UndoHistory.Stacks(log.Log, Ann).Undo.Count); // "Kept" stays a change of its own
    }

    [Fact]
    public void Stacks_ShouldLeaveTheEditsSeparate_WhenSomeoneElsesOperationFellBetweenThem()
    {
        var log = Room().By(Ann, new MoveNode("sh-ceo", 400, 200)).By("user-bob", new MoveNode("sh-cfo", 10, 10)).By(Ann, Title("Tidied"), new GroupChanges(2));

        var stacks = UndoHistory.Stacks(log.Log, Ann);

        Assert.Equal(2, stacks.Undo.Count);
        Assert.All(stacks.Undo, change => Assert.Single(change.Operations));
    }

    [Fact]
    public void Stacks_ShouldIgnoreAGroup_WhenItClaimsMoreChangesThanTheAuthorHas()
    {
        var log = Room().By(Ann, Title("One"), new GroupChanges(5));

        Assert.Single(UndoHistory.Stacks(log.Log, Ann).Undo);
    }

    [Fact]
    public void Apply_ShouldRefuseAGroup_WhenItJoinsFewerThanTwoOrTooManyChanges()
    {
        var state = new RoomBuilder().Stakeholder("sh-1").Build();

        RoomAssert.Rejects(state, new GroupChanges(1), ErrorCodes.OutOfRange);
        RoomAssert.Rejects(state, new GroupChanges(GroupChanges.MaxCount + 1), ErrorCodes.OutOfRange);
        Assert.Equal(state.Version + 1, RoomAssert.Next(state, new GroupChanges(2)).Version);
    }

    private static UpdateStakeholder Title(string title) => new("sh-ceo", Fields(("title", title)));

    private static UndoLog Room() => new UndoLog(new RoomBuilder().Build()).By("user-setup", [.. RoomImport.OperationsFor(Populated())]);
}
