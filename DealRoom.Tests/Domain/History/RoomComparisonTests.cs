using DealRoom.Domain.History;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.History;

public sealed class RoomComparisonTests
{
    [Fact]
    public void Between_ShouldSayWhatChangedInTheMethodsWords_WhenTheGroupAndTheVisionMoved()
    {
        // Arrange: a stakeholder joins, another turns skeptic and gains influence, coverage is gained and lost,
        // a concept is added and held, the phase moves on.
        var before = RoomBuilder.Populated();
        var after = before;
        foreach (var op in new Operation[]
        {
            new AddStakeholder("sh-cpo", 0, 0, RoomBuilder.Fields(("name", "Pia Procurement"), ("buyingRole", "Procurement"))),
            new UpdateStakeholder("sh-cfo", RoomBuilder.Fields(("stance", "Skeptic"), ("influence", "5"))),
            new AddCoverage("cov-2", "tm-ann", "sh-cfo", RoomBuilder.Fields()),
            new RemoveElement("cov-1"),
            new AddVisionElement("ve-concept-2", VisionElementType.Concept, 0, 0, RoomBuilder.Fields(("title", "One price book"))),
            new AddEndorsement("en-2", "sh-cfo", "ve-concept-2", EndorsementKind.Holds),
            new SetPhase(JourneyPhase.Buying, "Decision to change signed off by the CFO"),
        })
        {
            after = RoomAssert.Next(after, op);
        }

        // Act
        var changes = RoomComparison.Between(before, after);

        // Assert
        var cfo = after.Stakeholders["sh-cfo"].Name;
        Assert.Contains(changes, c => c.Kind == "stakeholderJoined" && c.ElementId == "sh-cpo" && c.Text == "Pia Procurement joined (Procurement)");
        Assert.Contains(changes, c => c.Kind == "stanceChanged" && c.Text == $"{cfo}: stance Unknown → Skeptic");
        Assert.Contains(changes, c => c.Kind == "influenceChanged" && c.Text.EndsWith("→ 5", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == "coverageGained" && c.ElementId == "cov-2");
        Assert.Contains(changes, c => c.Kind == "coverageLost" && c.ElementId == "cov-1");
        Assert.Contains(changes, c => c.Kind == "visionElementAdded" && c.Text == "Concept added: One price book");
        Assert.Contains(changes, c => c.Kind == "endorsementAdded" && c.Text == $"{cfo} holds \"One price book\"");
        Assert.Contains(changes, c => c.Kind == "phaseChanged" && c.Text == "Phase Awareness → Buying");
        Assert.Contains(changes, c => c.Kind is "gapOpened" or "gapClosed");
        Assert.DoesNotContain(changes, c => c.Kind == "stakeholderLeft");
    }

    [Fact]
    public void Between_ShouldListNothing_WhenOnlyPositionsMoved()
    {
        var before = RoomBuilder.Populated();
        var after = RoomAssert.Next(before, new MoveNode("sh-ceo", 500, 500));

        Assert.Empty(RoomComparison.Between(before, after));
    }

    [Fact]
    public void Between_ShouldLeaveGapsOut_WhenAskedForACustomer()
    {
        var before = RoomBuilder.Populated();
        var after = RoomAssert.Next(before, new RemoveElement("cov-1"));

        Assert.DoesNotContain(RoomComparison.Between(before, after, includeGaps: false), c => c.Kind.StartsWith("gap", StringComparison.Ordinal));
    }
}
