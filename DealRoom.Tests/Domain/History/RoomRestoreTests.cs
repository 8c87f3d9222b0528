using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.History;

public sealed class RoomRestoreTests
{
    [Fact]
    public void OperationsFor_ShouldBringAVisionElementBackWithItsLinksAndStakes_WhenTheirOtherEndsStillExist()
    {
        var past = RoomBuilder.Populated();
        var now = RoomAssert.Next(past, new RemoveElement("ve-future"));

        var (operations, error) = RoomRestore.OperationsFor(past, now, "ve-future");
        var restored = operations.Aggregate(now, (state, op) => RoomAssert.Next(state, op));

        Assert.Null(error);
        Assert.Equal(past.VisionElements["ve-future"], restored.VisionElements["ve-future"]);
        Assert.Equal(past.Endorsements["en-1"], restored.Endorsements["en-1"]);
    }

    [Fact]
    public void OperationsFor_ShouldLeaveOutWhatHungOnAnElementDeletedSince_AndRestoreALinkAlone()
    {
        var past = RoomBuilder.Populated();
        var now = RoomAssert.Next(RoomAssert.Next(past, new RemoveElement("rel-1")), new RemoveElement("sh-cfo"));

        var (relationship, _) = RoomRestore.OperationsFor(past, now, "rel-1");
        var (cfo, _) = RoomRestore.OperationsFor(past, now, "sh-cfo");

        Assert.DoesNotContain(relationship, o => o is AddRelationship); // its end sh-cfo is gone: nothing to hang it on
        Assert.Contains(cfo, o => o is AddRelationship { Id: "rel-1" }); // back with the stakeholder it hung on
    }

    [Theory]
    [InlineData("sh-nobody", ErrorCodes.NotFound)]
    [InlineData("sh-ceo", ErrorCodes.DuplicateId)]
    public void OperationsFor_ShouldRefuse_WhenTheElementWasNeverThereOrIsStillThere(string id, string code)
    {
        var past = RoomBuilder.Populated();

        var (operations, error) = RoomRestore.OperationsFor(past, past, id);

        Assert.Empty(operations);
        Assert.Equal(code, error?.Code);
    }
}
