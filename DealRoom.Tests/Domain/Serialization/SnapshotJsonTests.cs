using System.Text.Json;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.Serialization;

public class SnapshotJsonTests
{
    private static readonly OperationContext OtherZone =
        new("user-cy", "Cy Owner", new DateTimeOffset(2025, 5, 2, 23, 59, 59, 123, TimeSpan.FromHours(-7)));

    [Fact]
    public void Parse_ShouldRoundTripToIdenticalJson_WhenTheStateHasAnIterationBaseline()
    {
        // Arrange
        var state = Populated();
        state = RoomAssert.Next(state, new UpdateStakeholder("sh-ceo", Fields(("stance", "Champion"), ("dateJoined", "2024-12-31"))), OtherZone);
        state = RoomAssert.Next(state, new AcknowledgeGap("B3", "Nobody resists yet"), OtherZone);
        var json = SnapshotJson.ToJson(state);

        // Act
        var parsed = SnapshotJson.Parse(json);

        // Assert
        Assert.Equal(json, SnapshotJson.ToJson(parsed));
        Assert.NotNull(parsed.Baseline);
        Assert.Equal(SnapshotJson.ToJson(state.Baseline!), SnapshotJson.ToJson(parsed.Baseline));
        Assert.Equal(state.Iterations, parsed.Iterations);
        Assert.Equal(state.Acknowledgements["B3"], parsed.Acknowledgements["B3"]);
        Assert.Equal(state.Stakeholders["sh-ceo"], parsed.Stakeholders["sh-ceo"]);
        Assert.Equal(ElementKind.Iteration, parsed.KindOf("it-1"));
    }

    [Fact]
    public void Parse_ShouldRoundTripToIdenticalJson_WhenTheBaselineComesFromAPhaseChange()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").VisionElement("ve-m", VisionElementType.Metric, ("currentValue", "0.1"), ("targetValue", "-0")).Build();
        state = RoomAssert.Next(state, new SetPhase(JourneyPhase.Buying, null), OtherZone);
        state = RoomAssert.Next(state, new SetPhase(JourneyPhase.ImplementationAndAdoption, "Signed"), OtherZone);
        var json = SnapshotJson.ToJson(state);

        // Act
        var parsed = SnapshotJson.Parse(json);

        // Assert
        Assert.Equal(json, SnapshotJson.ToJson(parsed));
        Assert.Equal(state.PhaseHistory, parsed.PhaseHistory);
        Assert.Equal(JourneyPhase.Buying, parsed.Baseline!.Phase);
    }

    [Fact]
    public void Parse_ShouldRoundTripToIdenticalJson_WhenTheRoomIsEmpty()
    {
        // Arrange
        var json = SnapshotJson.ToJson(RoomState.Create("room-empty", "Nothing yet"));

        // Act
        var parsed = SnapshotJson.Parse(json);

        // Assert
        Assert.Equal(json, SnapshotJson.ToJson(parsed));
        Assert.Null(parsed.Baseline);
        Assert.Equal(0, parsed.Version);
    }

    [Fact]
    public void ToJson_ShouldBeByteIdentical_WhenEqualContentWasBuiltInAnotherOrder()
    {
        // Arrange
        var one = new RoomBuilder().Stakeholder("sh-b").Stakeholder("sh-a").VisionElement("ve-2", VisionElementType.Win).VisionElement("ve-1", VisionElementType.Risk)
            .With(new AcknowledgeGap("D2", "x")).With(new AcknowledgeGap("B3", "y")).Build();
        var two = new RoomBuilder().VisionElement("ve-1", VisionElementType.Risk).With(new AcknowledgeGap("B3", "y")).Stakeholder("sh-a")
            .VisionElement("ve-2", VisionElementType.Win).With(new AcknowledgeGap("D2", "x")).Stakeholder("sh-b").Build();

        // Act
        var jsonOne = SnapshotJson.ToJson(one);
        var jsonTwo = SnapshotJson.ToJson(two);

        // Assert
        Assert.Equal(jsonOne, jsonTwo);
    }

    [Fact]
    public void ToJson_ShouldWriteEveryFieldWithItsJsonType_WhenAFieldIsAtItsDefault()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Build();

        // Act
        using var document = JsonDocument.Parse(SnapshotJson.ToJson(state));

        // Assert
        var fields = document.RootElement.GetProperty("stakeholders")[0].GetProperty("fields");
        Assert.Equal(
            Schemas.Stakeholder.All.Select(f => f.Name).Order(StringComparer.Ordinal),
            fields.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, fields.GetProperty("power").ValueKind); // not assessed
        Assert.Equal(JsonValueKind.String, fields.GetProperty("phaseJoined").ValueKind); // stamped on add
        Assert.Equal(JsonValueKind.False, fields.GetProperty("onboarded").ValueKind);
        Assert.Equal(JsonValueKind.Null, fields.GetProperty("title").ValueKind);
        Assert.Equal("Unknown", fields.GetProperty("stance").GetString());
    }

    [Fact]
    public void ToJson_ShouldLeaveOutTheBaseline_WhenAskedTo()
    {
        // Arrange
        var state = Populated();

        // Act
        using var with = JsonDocument.Parse(SnapshotJson.ToJson(state));
        using var without = JsonDocument.Parse(SnapshotJson.ToJson(state, includeBaseline: false));

        // Assert
        Assert.True(with.RootElement.TryGetProperty("baseline", out var baseline));
        Assert.False(baseline.TryGetProperty("baseline", out _));
        Assert.False(without.RootElement.TryGetProperty("baseline", out _));
    }

    [Fact]
    public void Parse_ShouldRefuseTheSnapshot_WhenAFieldBreaksItsRules()
    {
        // Arrange
        var json = SnapshotJson.ToJson(new RoomBuilder().Stakeholder("sh-1", ("power", "3")).Build()).Replace("\"power\":3", "\"power\":9", StringComparison.Ordinal);

        // Act
        var ex = Record.Exception(() => SnapshotJson.Parse(json));

        // Assert
        Assert.IsType<InvalidDataException>(ex);
    }
}
