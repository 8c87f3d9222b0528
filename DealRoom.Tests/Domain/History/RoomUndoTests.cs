using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.History;

public sealed class RoomUndoTests
{
    private const string Ann = "user-ann";
    private const string Bob = "user-bob";

    [Fact]
    public void Undo_ShouldPutACardBack_AndRedoShouldMoveItAgain_WhenAnnDraggedIt()
    {
        var log = Room().By(Ann, new MoveNode("sh-ceo", 300, 120));

        log.Undo(Ann);
        var undone = log.State.Stakeholders["sh-ceo"];
        log.Redo(Ann);
        var redone = log.State.Stakeholders["sh-ceo"];

        Assert.Equal((0d, 0d), (undone.X, undone.Y));
        Assert.Equal((300d, 120d), (redone.X, redone.Y));
    }

    [Fact]
    public void Undo_ShouldSetTheEarlierValues_AndRedoTheNewOnes_WhenAnnEditedFields()
    {
        var log = Room().By(Ann, new UpdateStakeholder("sh-ceo", Fields(("stance", "Skeptic"), ("title", "CEO"))));

        log.Undo(Ann);
        var undone = log.State.Stakeholders["sh-ceo"];
        log.Redo(Ann);
        var redone = log.State.Stakeholders["sh-ceo"];

        Assert.Equal((Stance.Unknown, null), (undone.Stance, undone.Title));
        Assert.Equal((Stance.Skeptic, "CEO"), (redone.Stance, redone.Title));
    }

    [Fact]
    public void Undo_ShouldRemoveTheCard_AndRedoShouldBringItBackAsItWas_WhenAnnAddedIt()
    {
        var log = Room().By(Ann, new AddStakeholder("sh-new", 40, 50, Fields(("name", "Nina"), ("stance", "Supporter"))));
        var added = log.State.Stakeholders["sh-new"];

        log.Undo(Ann);
        var afterUndo = log.State.KindOf("sh-new");
        log.Redo(Ann);

        Assert.Null(afterUndo);
        Assert.Equal(added, log.State.Stakeholders["sh-new"]);
    }

    [Fact]
    public void Undo_ShouldBringADeletedStakeholderBackWithItsRelationshipCoverageAndEndorsement_AndRedoShouldDeleteItAgain()
    {
        var log = Room();
        var before = log.State;
        log.By(Ann, new RemoveElement("sh-ceo"));

        log.Undo(Ann);
        var restored = log.State;
        log.Redo(Ann);

        Assert.Equal(before.Stakeholders["sh-ceo"], restored.Stakeholders["sh-ceo"]);
        Assert.Equal(before.Relationships["rel-1"], restored.Relationships["rel-1"]);
        Assert.Equal(before.Coverages["cov-1"], restored.Coverages["cov-1"]);
        Assert.Equal(before.Endorsements["en-1"], restored.Endorsements["en-1"]);
        Assert.Null(log.State.KindOf("sh-ceo"));
        Assert.Null(log.State.KindOf("rel-1"));
    }

    [Fact]
    public void Undo_ShouldRemoveTheLink_AndRedoShouldDrawItAgain_WhenAnnLinkedTwoElements()
    {
        var log = Room().By(Ann, new AddVisionLink("vl-new", "ve-result", "ve-metric", Fields(("kind", "MeasuredBy"))));

        log.Undo(Ann);
        var afterUndo = log.State.KindOf("vl-new");
        log.Redo(Ann);

        Assert.Null(afterUndo);
        Assert.Equal(ElementKind.VisionLink, log.State.KindOf("vl-new"));
    }

    [Fact]
    public void Undo_ShouldKeepAFieldAColleagueChangedSince_AndSaySo_WhileUndoingTheRest()
    {
        var log = Room()
            .By(Ann, new UpdateStakeholder("sh-ceo", Fields(("stance", "Skeptic"), ("title", "CEO"))))
            .By(Bob, new UpdateStakeholder("sh-ceo", Fields(("stance", "Blocker"))));

        var plan = log.Undo(Ann)!;

        Assert.Equal(Stance.Blocker, log.State.Stakeholders["sh-ceo"].Stance); // Bob's later edit stands
        Assert.Null(log.State.Stakeholders["sh-ceo"].Title); // Ann's other field is undone
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal(("sh-ceo", "stance", ErrorCodes.ChangedSince), (skip.ElementId, skip.Field, skip.Code));
        Assert.Contains("someone else changed it since", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undo_ShouldLeaveACardWhereItIs_WhenAColleagueMovedItSince()
    {
        var log = Room().By(Ann, new MoveNode("sh-ceo", 300, 120)).By(Bob, new MoveNode("sh-ceo", 500, 500));

        var plan = log.Undo(Ann)!;

        Assert.Equal(500, log.State.Stakeholders["sh-ceo"].X);
        Assert.Equal("position", Assert.Single(plan.Skipped).Field);
    }

    [Fact]
    public void Undo_ShouldTouchOnlyTheAuthorsOwnChanges_WhenTwoPeopleEditedInTurn()
    {
        var log = Room()
            .By(Ann, new UpdateStakeholder("sh-ceo", Fields(("title", "CEO"))))
            .By(Bob, new UpdateStakeholder("sh-cfo", Fields(("title", "CFO"))))
            .By(Bob, new MoveNode("sh-cfo", 10, 10));

        log.Undo(Ann);

        Assert.Null(log.State.Stakeholders["sh-ceo"].Title);
        Assert.Equal("CFO", log.State.Stakeholders["sh-cfo"].Title);
        Assert.Equal(10, log.State.Stakeholders["sh-cfo"].X);
        Assert.Null(log.Undo(Ann)); // Ann has nothing else to undo; Bob's edits are not hers
        Assert.Equal(2, UndoHistory.Stacks(log.Log, Bob).Undo.Count);
    }

    [Fact]
    public void Undo_ShouldKeepAnAddedCard_WhenAColleagueLinkedToItSince()
    {
        var log = Room()
            .By(Ann, new AddStakeholder("sh-new", 40, 50, Fields(("name", "Nina"))))
            .By(Bob, new AddRelationship("rel-bob", "sh-new", "sh-ceo", Fields(("kind", "Influences"))));

        var plan = log.Undo(Ann)!;

        Assert.Equal(ElementKind.Stakeholder, log.State.KindOf("sh-new"));
        Assert.Equal(ElementKind.Relationship, log.State.KindOf("rel-bob"));
        Assert.Equal(("sh-new", ErrorCodes.ChangedSince), (Assert.Single(plan.Skipped).ElementId, plan.Skipped[0].Code));
    }

    [Fact]
    public void Undo_ShouldNotBringBackALink_WhoseOtherEndAColleagueDeletedSince()
    {
        var log = Room().By(Ann, new RemoveElement("rel-1")).By(Bob, new RemoveElement("sh-cfo"));

        var plan = log.Undo(Ann)!;

        Assert.Null(log.State.KindOf("rel-1"));
        Assert.Equal(("rel-1", ErrorCodes.NotFound), (Assert.Single(plan.Skipped).ElementId, plan.Skipped[0].Code));
    }

    [Fact]
    public void Plan_ShouldBringBackTwoDeletedStakeholdersWithTheRelationshipBetweenThem()
    {
        var before = Room().State;
        var after = RoomAssert.Next(RoomAssert.Next(before, new RemoveElement("sh-cfo")), new RemoveElement("sh-ceo"));

        var plan = RoomUndo.Plan(before, after, after);
        var restored = plan.Operations.Aggregate(after, (state, op) => RoomAssert.Next(state, op));

        Assert.Empty(plan.Skipped);
        Assert.Equal(before.Relationships["rel-1"], restored.Relationships["rel-1"]);
        Assert.Equal(before.Coverages["cov-1"], restored.Coverages["cov-1"]);
    }

    [Fact]
    public void Undo_ShouldSetTheDealsFieldsBack_WhenAnnEditedThem()
    {
        var log = Room().By(Ann, new UpdateRoom(Fields(("customerName", "Northwind"))));

        log.Undo(Ann);

        Assert.Null(log.State.Profile.CustomerName);
    }

    [Fact]
    public void Undo_ShouldSkipTheDeletedCard_WhenAColleagueDeletedWhatAnnEdited()
    {
        var log = Room().By(Ann, new UpdateStakeholder("sh-ceo", Fields(("title", "CEO")))).By(Bob, new RemoveElement("sh-ceo"));

        var plan = log.Undo(Ann)!;

        Assert.Empty(plan.Operations);
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(plan.Skipped).Code);
    }

    public static TheoryData<string> Changes => [.. EveryKindOfChange().Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public void UndoThenRedo_ShouldGiveBackExactlyTheRoomBeforeAndAfter_ForEveryKindOfChange(string change)
    {
        var log = Room();
        var before = Canonical(log.State);
        log.By(Ann, EveryKindOfChange()[change]);
        var after = Canonical(log.State);

        var undo = log.Undo(Ann)!;
        var undone = Canonical(log.State);
        var redo = log.Redo(Ann)!;

        Assert.Empty(undo.Skipped);
        Assert.Empty(redo.Skipped);
        Assert.Equal(before, undone);
        Assert.Equal(after, Canonical(log.State));
    }

    private static Dictionary<string, Operation> EveryKindOfChange() => new()
    {
        ["add stakeholder"] = new AddStakeholder("sh-new", 40, 50, Fields(("name", "Nina"), ("power", "4"))),
        ["add team member"] = new AddTeamMember("tm-new", 40, 50, Fields(("name", "Riley"))),
        ["add vision element"] = new AddVisionElement("ve-new", DealRoom.Domain.Vision.VisionElementType.Metric, 1, 2, Fields(("title", "Quote time"), ("targetValue", "2"))),
        ["add relationship"] = new AddRelationship("rel-new", "sh-ceo", "sh-cfo", Fields(("kind", "Influences"))),
        ["add coverage"] = new AddCoverage("cov-new", "tm-ann", "sh-cfo", Fields(("contactDepth", "InDepth"))),
        ["add vision link"] = new AddVisionLink("vl-new", "ve-result", "ve-metric", Fields(("kind", "MeasuredBy"))),
        ["add endorsement"] = new AddEndorsement("en-new", "sh-cfo", "ve-future", DealRoom.Domain.Vision.EndorsementKind.Endorses),
        ["edit stakeholder"] = new UpdateStakeholder("sh-ceo", Fields(("stance", "Blocker"), ("privateNotes", "Tough"))),
        ["edit relationship"] = new UpdateRelationship("rel-1", Fields(("strength", "Strong"))),
        ["edit team member"] = new UpdateTeamMember("tm-ann", Fields(("expertise", "Finance"))),
        ["edit coverage"] = new UpdateCoverage("cov-1", Fields(("currentLevel", "TrustedAdvisor"))),
        ["edit vision element"] = new UpdateVisionElement("ve-metric", Fields(("currentValue", "7"), ("unit", "days"))),
        ["edit vision link"] = new UpdateVisionLink("vl-1", Fields(("kind", "LeadsTo"))),
        ["edit the deal"] = new UpdateRoom(Fields(("compellingEvent", "Contract ends in March"))),
        ["drag a card"] = new MoveNode("ve-future", 640, 320),
        ["delete a stakeholder"] = new RemoveElement("sh-ceo"),
        ["delete a team member"] = new RemoveElement("tm-ann"),
        ["delete a vision element"] = new RemoveElement("ve-future"),
        ["delete a relationship"] = new RemoveElement("rel-1"),
        ["delete a vision link"] = new RemoveElement("vl-1"),
        ["delete an endorsement"] = new RemoveElement("en-1"),
    };

    private static string Canonical(RoomState state) => DealRoom.Domain.Serialization.SnapshotJson.ToJson(state with { Version = 0 });

    private static UndoLog Room() => new UndoLog(new RoomBuilder().Build()).By("user-setup", [.. Setup()]);

    /// <summary>The room Ann and Bob edit, built by a third person so neither has anything to undo at first.</summary>
    private static IEnumerable<Operation> Setup()
    {
        var populated = Populated();
        return DealRoom.Domain.Serialization.RoomImport.OperationsFor(populated);
    }
}
