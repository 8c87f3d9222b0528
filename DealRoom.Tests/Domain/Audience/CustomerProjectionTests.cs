using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Audience;

public sealed class CustomerProjectionTests
{
    private static readonly OperationContext Context = new("u-1", "Ana", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Project_ShouldKeepOnlyVisibleStakeholdersNamesAndTitles_WhenTheRoomHoldsAssessments()
    {
        var state = Apply(RoomState.Create("r", "Deal"),
            new AddStakeholder("sh-seen", 0, 0, F(("name", "Erik"), ("title", "CFO"), ("power", "5"), ("stance", "Blocker"), ("privateNotes", "secret"), ("visibleToCustomer", "true"))),
            new AddStakeholder("sh-hidden", 0, 0, F(("name", "Tom"), ("title", "Security"))),
            new AddRelationship("rel-1", "sh-seen", "sh-hidden", F(("kind", "ReportsTo"))),
            new AddTeamMember("tm-1", 0, 0, F(("name", "Alex"))),
            new AddCoverage("cov-1", "tm-1", "sh-seen", F()),
            new AddVisionElement("ve-1", VisionElementType.Challenge, 0, 0, F(("title", "Cost"))),
            new AddEndorsement("en-seen", "sh-seen", "ve-1", EndorsementKind.Endorses),
            new AddEndorsement("en-hidden", "sh-hidden", "ve-1", EndorsementKind.Endorses),
            new UpdateRoom(F(("customerName", "Northwind"), ("alternatives", "Competitor X"))),
            new AcknowledgeGap("C3", "Sponsor known offline"));

        var projected = CustomerProjection.Project(state);

        var erik = Assert.Single(projected.Stakeholders.Values);
        Assert.Equal(("Erik", "CFO", (int?)null, Stance.Unknown, (string?)null), (erik.Name, erik.Title, erik.Power, erik.Stance, erik.PrivateNotes));
        Assert.Empty(projected.Relationships);
        Assert.Empty(projected.TeamMembers);
        Assert.Empty(projected.Coverages);
        Assert.Empty(projected.Acknowledgements);
        Assert.Equal(["en-seen"], projected.Endorsements.Keys);
        Assert.Single(projected.VisionElements);
        Assert.Null(projected.Profile.Alternatives);
        Assert.Equal("Northwind", projected.Profile.CustomerName);
        var json = SnapshotJson.ToJson(projected);
        Assert.DoesNotContain("secret", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Competitor", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ProjectOperation_ShouldKeepTheCustomerReplicaEqualToTheProjection_ForARandomHistory(int seed)
    {
        var state = RoomState.Create("r", "Deal");
        var replica = CustomerProjection.Project(state);
        var generator = new RandomOperations(seed, "p");
        var resets = 0;
        for (var i = 0; i < 1500; i++)
        {
            var result = state.Apply(generator.Next(state), Context);
            if (!result.Succeeded)
            {
                continue;
            }

            var after = result.State!;
            var change = CustomerProjection.ProjectOperation(state, after, result.Applied!);
            if (change.Reset)
            {
                resets++;
                replica = CustomerProjection.Project(after);
            }
            else if (change.Operation is { } projected)
            {
                var applied = replica.Apply(projected, Context);
                Assert.True(applied.Succeeded, $"projected {projected.Type} failed on the replica: {applied.Error?.Message}");
                replica = applied.State!;
            }

            replica = replica with { Version = after.Version };
            state = after;
            Assert.Equal(SnapshotJson.ToJson(CustomerProjection.Project(state)), SnapshotJson.ToJson(replica));
        }

        Assert.True(resets > 0, "the history should toggle visibility at least once");
    }

    [Theory]
    [InlineData("addStakeholder")]
    [InlineData("updateStakeholder")]
    [InlineData("addRelationship")]
    [InlineData("addCoverage")]
    [InlineData("addTeamMember")]
    [InlineData("moveStakeholder")]
    [InlineData("removeStakeholder")]
    [InlineData("endorseAsSomeoneElse")]
    [InlineData("setPhase")]
    [InlineData("acknowledgeGap")]
    public void Check_ShouldForbid_WhenACustomerTouchesTheStakeholderMap(string what)
    {
        var state = Apply(RoomState.Create("r", "Deal"),
            new AddStakeholder("sh-1", 0, 0, F(("name", "Erik"), ("visibleToCustomer", "true"))),
            new AddStakeholder("sh-2", 0, 0, F(("name", "Maria"), ("visibleToCustomer", "true"))),
            new AddVisionElement("ve-1", VisionElementType.Challenge, 0, 0, F(("title", "Cost"))));
        Operation op = what switch
        {
            "addStakeholder" => new AddStakeholder("sh-9", 0, 0, F(("name", "X"))),
            "updateStakeholder" => new UpdateStakeholder("sh-1", F(("title", "CEO"))),
            "addRelationship" => new AddRelationship("rel-9", "sh-1", "sh-2", F(("kind", "AllyOf"))),
            "addCoverage" => new AddCoverage("cov-9", "tm-1", "sh-1", F()),
            "addTeamMember" => new AddTeamMember("tm-9", 0, 0, F(("name", "Spy"))),
            "moveStakeholder" => new MoveNode("sh-1", 5, 5),
            "removeStakeholder" => new RemoveElement("sh-1"),
            "endorseAsSomeoneElse" => new AddEndorsement("en-9", "sh-2", "ve-1", EndorsementKind.Endorses),
            "setPhase" => new SetPhase(JourneyPhase.Buying, null),
            _ => new AcknowledgeGap("C3", "x"),
        };

        var error = CustomerPermissions.Check(state, op, ownStakeholderId: "sh-1");

        Assert.Equal(ErrorCodes.Forbidden, error?.Code);
    }

    [Fact]
    public void Check_ShouldAllow_WhenACustomerEditsTheVisionMapAndEndorsesInTheirOwnName()
    {
        var state = Apply(RoomState.Create("r", "Deal"),
            new AddStakeholder("sh-1", 0, 0, F(("name", "Erik"), ("visibleToCustomer", "true"))),
            new AddVisionElement("ve-1", VisionElementType.Challenge, 0, 0, F(("title", "Cost"))));

        Assert.Null(CustomerPermissions.Check(state, new AddVisionElement("ve-2", VisionElementType.DesiredResult, 0, 0, F(("title", "Faster"))), "sh-1"));
        Assert.Null(CustomerPermissions.Check(state, new UpdateVisionElement("ve-1", F(("title", "Costs"))), "sh-1"));
        Assert.Null(CustomerPermissions.Check(state, new MoveNode("ve-1", 3, 3), "sh-1"));
        Assert.Null(CustomerPermissions.Check(state, new AddEndorsement("en-1", "sh-1", "ve-1", EndorsementKind.Endorses), "sh-1"));
        Assert.Null(CustomerPermissions.Check(state, new RemoveElement("ve-1"), "sh-1"));
    }

    private static RoomState Apply(RoomState state, params Operation[] operations)
    {
        foreach (var op in operations)
        {
            var result = state.Apply(op, Context);
            state = result.State ?? throw new InvalidOperationException(result.Error?.Message);
        }

        return state;
    }

    private static Dictionary<string, string?> F(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
}
