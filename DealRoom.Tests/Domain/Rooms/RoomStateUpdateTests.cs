using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.Rooms;

public class RoomStateUpdateTests
{
    [Fact]
    public void UpdateStakeholder_ShouldChangeOnlyTheNamedFields_WhenPatched()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1", ("title", "CIO"), ("power", "2"), ("privateNotes", "n")).Build();
        var before = state.Stakeholders["sh-1"];

        // Act
        var result = RoomAssert.Applies(state, new UpdateStakeholder("sh-1", Fields(("stance", "Skeptic"), ("influence", "5"))));

        // Assert
        Assert.Equal(before with { Stance = Stance.Skeptic, Influence = 5 }, result.State!.Stakeholders["sh-1"]);
        var applied = Assert.IsType<UpdateStakeholder>(result.Applied);
        Assert.Equal(["influence", "stance"], applied.Fields.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UpdateStakeholder_ShouldKeepBothChanges_WhenTwoPatchesNameDifferentFields()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Build();
        var before = state.Stakeholders["sh-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateStakeholder("sh-1", Fields(("stance", "Champion"))));
        next = RoomAssert.Next(next, new UpdateStakeholder("sh-1", Fields(("title", "VP Operations"))));

        // Assert
        Assert.Equal(before with { Stance = Stance.Champion, Title = "VP Operations" }, next.Stakeholders["sh-1"]);
        Assert.Equal(state.Version + 2, next.Version);
    }

    [Fact]
    public void UpdateStakeholder_ShouldKeepTheLaterValue_WhenTwoPatchesNameTheSameField()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").Build();
        var before = state.Stakeholders["sh-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateStakeholder("sh-1", Fields(("power", "2"), ("stance", "Blocker"))));
        next = RoomAssert.Next(next, new UpdateStakeholder("sh-1", Fields(("power", "5"))));

        // Assert
        Assert.Equal(before with { Power = 5, Stance = Stance.Blocker }, next.Stakeholders["sh-1"]);
    }

    [Fact]
    public void UpdateStakeholder_ShouldClearAnOptionalField_WhenValueIsNullOrBlank()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1", ("title", "CIO"), ("dateJoined", "2025-01-01"), ("phaseJoined", "Awareness"), ("function", "IT")).Build();
        var before = state.Stakeholders["sh-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateStakeholder("sh-1", Fields(("title", null), ("dateJoined", null), ("phaseJoined", null), ("function", "   "))));

        // Assert
        Assert.Equal(before with { Title = null, DateJoined = null, PhaseJoined = null, Function = null }, next.Stakeholders["sh-1"]);
    }

    [Fact]
    public void UpdateStakeholder_ShouldMarkPowerAndInfluenceNotAssessed_WhenCleared()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1", ("power", "4"), ("influence", "2")).Build();

        // Act
        var result = RoomAssert.Applies(state, new UpdateStakeholder("sh-1", Fields(("power", null), ("influence", null))));

        // Assert
        Assert.Equal(((int?)null, (int?)null), (result.State!.Stakeholders["sh-1"].Power, result.State.Stakeholders["sh-1"].Influence));
        Assert.Equal([null, null], Assert.IsType<UpdateStakeholder>(result.Applied).Fields.Values);
    }

    [Fact]
    public void UpdateTeamMember_ShouldChangeOnlyTheNamedFields_WhenPatched()
    {
        // Arrange
        var state = new RoomBuilder().TeamMember("tm-1", ("expertise", "Legal")).Build();
        var before = state.TeamMembers["tm-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateTeamMember("tm-1", Fields(("role", "ExecutiveAccountManager"))));
        next = RoomAssert.Next(next, new UpdateTeamMember("tm-1", Fields(("name", "Ann B."))));

        // Assert
        Assert.Equal(before with { Role = TeamRole.ExecutiveAccountManager, Name = "Ann B." }, next.TeamMembers["tm-1"]);
    }

    [Fact]
    public void UpdateRelationship_ShouldChangeOnlyTheNamedFields_WhenPatched()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-a").Stakeholder("sh-b").Relationship("rel-1", "sh-a", "sh-b", RelationshipKind.Influences).Build();
        var before = state.Relationships["rel-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateRelationship("rel-1", Fields(("strength", "Strong"))));
        next = RoomAssert.Next(next, new UpdateRelationship("rel-1", Fields(("kind", "DelegatedTo"))));

        // Assert
        Assert.Equal(before with { Strength = RelationshipStrength.Strong, Kind = RelationshipKind.DelegatedTo }, next.Relationships["rel-1"]);
    }

    [Fact]
    public void UpdateCoverage_ShouldChangeOnlyTheNamedFields_WhenPatched()
    {
        // Arrange
        var state = new RoomBuilder().TeamMember("tm-1").Stakeholder("sh-1").Coverage("cov-1", "tm-1", "sh-1").Build();
        var before = state.Coverages["cov-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateCoverage("cov-1", Fields(("contactDepth", "InDepth"))));
        next = RoomAssert.Next(next, new UpdateCoverage("cov-1", Fields(("currentLevel", "ProblemSolver"))));
        next = RoomAssert.Next(next, new UpdateCoverage("cov-1", Fields(("currentLevel", "TrustedAdvisor"))));

        // Assert
        Assert.Equal(
            before with { ContactDepth = ContactDepth.InDepth, CurrentLevel = RelationshipLevel.TrustedAdvisor },
            next.Coverages["cov-1"]);
    }

    [Fact]
    public void UpdateVisionElement_ShouldChangeOnlyTheNamedFields_WhenPatched()
    {
        // Arrange
        var state = new RoomBuilder().VisionElement("ve-m", VisionElementType.Metric, ("unit", "%"), ("currentValue", "12")).Build();
        var before = state.VisionElements["ve-m"];

        // Act
        var next = RoomAssert.Next(state, new UpdateVisionElement("ve-m", Fields(("targetValue", "8"))));
        next = RoomAssert.Next(next, new UpdateVisionElement("ve-m", Fields(("description", "Churn rate"), ("currentValue", null))));

        // Assert
        Assert.Equal(before with { TargetValue = 8, Description = "Churn rate", CurrentValue = null }, next.VisionElements["ve-m"]);
    }

    [Fact]
    public void UpdateVisionElement_ShouldChangeTitle_WhenElementIsNotAMetric()
    {
        // Arrange
        var state = new RoomBuilder().VisionElement("ve-1", VisionElementType.Challenge).Build();
        var before = state.VisionElements["ve-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateVisionElement("ve-1", Fields(("title", "  Slow month-end close "), ("area", "Finance"))));

        // Assert
        Assert.Equal(before with { Title = "Slow month-end close", Area = "Finance" }, next.VisionElements["ve-1"]);
    }

    [Fact]
    public void UpdateVisionLink_ShouldChangeTheKind_WhenTheNewKindAllowsTheTypes()
    {
        // Arrange
        var state = new RoomBuilder()
            .VisionElement("ve-cap", VisionElementType.Capability)
            .VisionElement("ve-res", VisionElementType.DesiredResult)
            .VisionLink("vl-1", "ve-cap", "ve-res", VisionLinkKind.LeadsTo)
            .Build();
        var before = state.VisionLinks["vl-1"];

        // Act
        var next = RoomAssert.Next(state, new UpdateVisionLink("vl-1", Fields(("kind", "ContributesTo"))));

        // Assert
        Assert.Equal(before with { Kind = VisionLinkKind.ContributesTo }, next.VisionLinks["vl-1"]);
    }

    [Fact]
    public void UpdateRoom_ShouldChangeOnlyTheNamedProfileFields_WhenPatched()
    {
        // Arrange
        var state = RoomState.Create(RoomId, "Acme renewal");

        // Act
        var next = RoomAssert.Next(state, new UpdateRoom(Fields(("customerName", " Acme Corp "), ("compellingEvent", "Audit in Q3"))));
        next = RoomAssert.Next(next, new UpdateRoom(Fields(
            ("decisionToChange", "Board approved"), ("alternatives", "Do nothing"), ("paperProcess", "Legal, then procurement"))));
        next = RoomAssert.Next(next, new UpdateRoom(Fields(("name", "Acme expansion"), ("compellingEvent", "Audit in Q2"))));

        // Assert
        var expected = new RoomProfile
        {
            Name = "Acme expansion",
            CustomerName = "Acme Corp",
            DecisionToChange = "Board approved",
            CompellingEvent = "Audit in Q2",
            Alternatives = "Do nothing",
            PaperProcess = "Legal, then procurement",
        };
        Assert.Equal(expected, next.Profile);
        Assert.Equal(3, next.Version);
    }

    public static TheoryData<string> NodeIds() => ["sh-1", "tm-1", "ve-1"];

    [Theory]
    [MemberData(nameof(NodeIds))]
    public void MoveNode_ShouldSetOnlyThePosition_WhenNodeIs(string id)
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-1").TeamMember("tm-1").VisionElement("ve-1", VisionElementType.Risk).Build();

        // Act
        var result = RoomAssert.Applies(state, new MoveNode(id, -250.75, 1_000_000));

        // Assert
        var next = result.State!;
        switch (state.KindOf(id))
        {
            case ElementKind.Stakeholder:
                Assert.Equal(state.Stakeholders[id] with { X = -250.75, Y = 1_000_000 }, next.Stakeholders[id]);
                break;
            case ElementKind.TeamMember:
                Assert.Equal(state.TeamMembers[id] with { X = -250.75, Y = 1_000_000 }, next.TeamMembers[id]);
                break;
            default:
                Assert.Equal(state.VisionElements[id] with { X = -250.75, Y = 1_000_000 }, next.VisionElements[id]);
                break;
        }

        Assert.Equal(new MoveNode(id, -250.75, 1_000_000), result.Applied);
    }
}
