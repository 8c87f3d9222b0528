using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Rooms;

public class RoomStateJourneyTests
{
    private static readonly OperationContext Later =
        new("user-bo", "Bo Expert", new DateTimeOffset(2025, 4, 1, 16, 0, 0, TimeSpan.FromHours(-5)));

    [Fact]
    public void SetPhase_ShouldRecordThePhaseChangeAndSetTheBaseline_WhenThereIsNoIteration()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Build();

        // Act
        var result = RoomAssert.Applies(state, new SetPhase(JourneyPhase.Buying, "  Board decided to change  "), Later);

        // Assert
        var next = result.State!;
        Assert.Equal(JourneyPhase.Buying, next.Phase);
        var change = Assert.Single(next.PhaseHistory);
        Assert.Equal(new PhaseChange(JourneyPhase.Awareness, JourneyPhase.Buying, "Board decided to change", next.Version, "Bo Expert", Later.At), change);
        Assert.NotNull(next.Baseline);
        Assert.Null(next.Baseline.Baseline);
        Assert.Equal(SnapshotJson.ToJson(state), SnapshotJson.ToJson(next.Baseline));
        Assert.Equal(new SetPhase(JourneyPhase.Buying, "Board decided to change"), result.Applied);
    }

    [Fact]
    public void SetPhase_ShouldKeepTheIterationBaseline_WhenAnIterationExists()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Iteration("it-1").Stakeholder("sh-2").Build();
        var baseline = state.Baseline;

        // Act
        var next = RoomAssert.Next(state, new SetPhase(JourneyPhase.ImplementationAndAdoption, null));

        // Assert
        Assert.Same(baseline, next.Baseline);
        Assert.Equal(JourneyPhase.ImplementationAndAdoption, next.Phase);
    }

    [Fact]
    public void SetPhase_ShouldRecordEveryMove_WhenTheRoomGoesForwardAndBack()
    {
        // Arrange
        var state = RoomState.Create(RoomBuilder.RoomId, "Acme");

        // Act
        var next = RoomAssert.Next(state, new SetPhase(JourneyPhase.Buying, "go"));
        next = RoomAssert.Next(next, new SetPhase(JourneyPhase.Awareness, "   "));

        // Assert
        Assert.Equal(JourneyPhase.Awareness, next.Phase);
        Assert.Equal(
            [(JourneyPhase.Awareness, JourneyPhase.Buying, "go", 1L), (JourneyPhase.Buying, JourneyPhase.Awareness, (string?)null, 2L)],
            next.PhaseHistory.Select(p => (p.From, p.To, p.Reason, p.Version)));
        Assert.Equal(1, next.Baseline!.Version);
    }

    [Fact]
    public void AcknowledgeGap_ShouldRecordWhoWhenAndWhy_WhenReasonIsGiven()
    {
        // Arrange
        var state = RoomState.Create(RoomBuilder.RoomId, "Acme");

        // Act
        var result = RoomAssert.Applies(state, new AcknowledgeGap("B3:room", "  No blockers at this stage "), Later);

        // Assert
        var ack = result.State!.Acknowledgements["B3:room"];
        Assert.Equal(new GapAcknowledgement("B3:room", "No blockers at this stage", "Bo Expert", Later.At, null), ack);
        Assert.Equal(new AcknowledgeGap("B3:room", "No blockers at this stage"), result.Applied);
    }

    [Fact]
    public void AcknowledgeGap_ShouldReplaceTheAcknowledgement_WhenAcknowledgedAgain()
    {
        // Arrange
        var state = RoomAssert.Next(RoomState.Create(RoomBuilder.RoomId, "Acme"), new AcknowledgeGap("C3", "first"));

        // Act
        var next = RoomAssert.Next(state, new AcknowledgeGap("C3", "second"), Later);

        // Assert
        var ack = Assert.Single(next.Acknowledgements).Value;
        Assert.Equal(("second", "Bo Expert"), (ack.Reason, ack.ByName));
    }

    [Fact]
    public void UnacknowledgeGap_ShouldRemoveOnlyThatAcknowledgement_WhenItExists()
    {
        // Arrange
        var state = new RoomBuilder().With(new AcknowledgeGap("C3", "why")).With(new AcknowledgeGap("D2", "why")).Build();

        // Act
        var next = RoomAssert.Next(state, new UnacknowledgeGap("C3"));

        // Assert
        Assert.Equal(["D2"], next.Acknowledgements.Keys);
    }

    [Fact]
    public void MarkIteration_ShouldRecordTheIterationAndSetTheBaseline_WhenNamed()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Stakeholder("sh-2").Build();

        // Act
        var result = RoomAssert.Applies(state, new MarkIteration("it-1", "  After discovery "), Later);

        // Assert
        var next = result.State!;
        var iteration = Assert.Single(next.Iterations);
        Assert.Equal(new Iteration("it-1", "After discovery", state.Version, "Bo Expert", Later.At), iteration);
        Assert.Equal(ElementKind.Iteration, next.KindOf("it-1"));
        Assert.NotNull(next.Baseline);
        Assert.Equal(iteration.Version, next.Baseline.Version);
        Assert.Null(next.Baseline.Baseline);
        Assert.Equal(SnapshotJson.ToJson(state), SnapshotJson.ToJson(next.Baseline));
        Assert.Equal(state.ElementCount, next.ElementCount);
        Assert.Equal(new MarkIteration("it-1", "After discovery"), result.Applied);
    }

    [Fact]
    public void MarkIteration_ShouldMoveTheBaseline_WhenASecondIterationIsMarked()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Iteration("it-1").Stakeholder("sh-2").Build();

        // Act
        var next = RoomAssert.Next(state, new MarkIteration("it-2", "Second"));

        // Assert
        Assert.Equal(["it-1", "it-2"], next.Iterations.Select(i => i.Id));
        Assert.Equal(2, next.Baseline!.Stakeholders.Count);
        Assert.Equal(state.Version, next.Baseline.Version);
    }
}
