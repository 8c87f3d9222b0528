using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.History;

public sealed class RoomRestoreWholeRoomTests
{
    [Fact]
    public void WholeRoomTo_ShouldBringEveryMapBackToThePast_WhenElementsWereAddedDeletedChangedAndMovedSince()
    {
        var past = RoomBuilder.Populated();
        var now = Apply(past,
            new RemoveElement("sh-cfo"),
            new RemoveElement("en-1"),
            new AddStakeholder("sh-new", 10, 20, RoomBuilder.Fields(("name", "Nina New"))),
            new AddCoverage("cov-2", "tm-ann", "sh-new", RoomBuilder.Fields()),
            new UpdateStakeholder("sh-ceo", RoomBuilder.Fields(("stance", "Skeptic"), ("power", "4"))),
            new MoveNode("ve-risk", 300, 40),
            new UpdateVisionElement("ve-metric", RoomBuilder.Fields(("targetValue", "12"))),
            new AddEndorsement("en-2", "sh-ceo", "ve-result", EndorsementKind.Wants),
            new UpdateRoom(RoomBuilder.Fields(("name", "Acme expansion"))),
            new SetPhase(JourneyPhase.Buying, "Decided"));

        var operations = RoomRestore.WholeRoomTo(past, now);
        var restored = Apply(now, [.. operations]);

        AssertSameContent(past, restored);
        Assert.Empty(RoomRestore.WholeRoomTo(past, restored));
        Assert.True(restored.Version > now.Version); // new operations on top of the log, not a rewind
    }

    [Fact]
    public void WholeRoomTo_ShouldRemoveALinkAndRestoreTheOldOne_WhenARelationshipWasDrawnBetweenOtherEnds()
    {
        var past = RoomBuilder.Populated();
        var now = Apply(past, new RemoveElement("rel-1"), new AddRelationship("rel-1", "sh-ceo", "sh-cfo", RoomBuilder.Fields(("kind", "Influences"))));

        var restored = Apply(now, [.. RoomRestore.WholeRoomTo(past, now)]);

        Assert.Equal(past.Relationships["rel-1"], restored.Relationships["rel-1"]);
    }

    [Fact]
    public void WholeRoomTo_ShouldReturnNothing_WhenTheRoomHoldsWhatItHeldThen()
    {
        var past = RoomBuilder.Populated();
        var now = Apply(past, new MarkIteration("it-2", "Later"));

        Assert.Empty(RoomRestore.WholeRoomTo(past, now));
    }

    private static RoomState Apply(RoomState state, params Operation[] operations) =>
        operations.Aggregate(state, (s, op) => RoomAssert.Next(s, op));

    private static void AssertSameContent(RoomState expected, RoomState actual)
    {
        Assert.Equal(expected.Profile, actual.Profile);
        Assert.Equal(expected.Phase, actual.Phase);
        Assert.Equal(Sorted(expected.Stakeholders), Sorted(actual.Stakeholders));
        Assert.Equal(Sorted(expected.TeamMembers), Sorted(actual.TeamMembers));
        Assert.Equal(Sorted(expected.VisionElements), Sorted(actual.VisionElements));
        Assert.Equal(Sorted(expected.Relationships), Sorted(actual.Relationships));
        Assert.Equal(Sorted(expected.Coverages), Sorted(actual.Coverages));
        Assert.Equal(Sorted(expected.VisionLinks), Sorted(actual.VisionLinks));
        Assert.Equal(Sorted(expected.Endorsements), Sorted(actual.Endorsements));
    }

    private static List<T> Sorted<T>(IReadOnlyDictionary<string, T> items) =>
        items.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value).ToList();
}
