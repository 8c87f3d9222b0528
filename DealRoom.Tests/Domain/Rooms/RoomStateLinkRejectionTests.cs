using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.Rooms;

/// <summary>Links: to itself, across the two maps, twice, or of a kind the element types do not allow.</summary>
public class RoomStateLinkRejectionTests
{
    private static IReadOnlyDictionary<string, string?> Kind(string kind) => Fields(("kind", kind));

    public static TheoryData<string, Operation, string> Rejections() => new()
    {
        { "relationship to itself", new AddRelationship("rel-2", "sh-ceo", "sh-ceo", Kind("AllyOf")), ErrorCodes.SelfLink },
        { "vision link to itself", new AddVisionLink("vl-2", "ve-concept", "ve-concept", Kind("LeadsTo")), ErrorCodes.SelfLink },

        { "relationship from stakeholder to vision element", new AddRelationship("rel-2", "sh-ceo", "ve-concept", Kind("AllyOf")), ErrorCodes.CrossMap },
        { "relationship from vision element to stakeholder", new AddRelationship("rel-2", "ve-future", "sh-ceo", Kind("AllyOf")), ErrorCodes.CrossMap },
        { "vision link from vision element to stakeholder", new AddVisionLink("vl-2", "ve-concept", "sh-ceo", Kind("LeadsTo")), ErrorCodes.CrossMap },
        { "vision link from team member to vision element", new AddVisionLink("vl-2", "tm-ann", "ve-future", Kind("LeadsTo")), ErrorCodes.CrossMap },

        { "same relationship again", new AddRelationship("rel-2", "sh-cfo", "sh-ceo", Kind("ReportsTo")), ErrorCodes.DuplicateLink },
        { "same relationship in other case", new AddRelationship("rel-2", "sh-cfo", "sh-ceo", Kind("reportsto")), ErrorCodes.DuplicateLink },
        { "same coverage again", new AddCoverage("cov-2", "tm-ann", "sh-ceo", Fields(("contactDepth", "InDepth"))), ErrorCodes.DuplicateLink },
        { "same vision link again", new AddVisionLink("vl-2", "ve-concept", "ve-challenge", Kind("Addresses")), ErrorCodes.DuplicateLink },
        { "same endorsement again", new AddEndorsement("en-2", "sh-ceo", "ve-future", EndorsementKind.Endorses), ErrorCodes.DuplicateLink },

        { "MeasuredBy from a concept to a challenge", new AddVisionLink("vl-2", "ve-concept", "ve-challenge", Kind("MeasuredBy")), ErrorCodes.WrongType },
        { "MeasuredBy from a result to a win", new AddVisionLink("vl-2", "ve-result", "ve-win", Kind("MeasuredBy")), ErrorCodes.WrongType },
        { "Addresses from a result", new AddVisionLink("vl-2", "ve-result", "ve-challenge", Kind("Addresses")), ErrorCodes.WrongType },
        { "ContributesTo a challenge", new AddVisionLink("vl-2", "ve-concept", "ve-challenge", Kind("ContributesTo")), ErrorCodes.WrongType },
        { "StepOf from a concept", new AddVisionLink("vl-2", "ve-concept", "ve-future", Kind("StepOf")), ErrorCodes.WrongType },
        { "Mitigates from a risk to itself", new AddVisionLink("vl-2", "ve-risk", "ve-risk", Kind("Mitigates")), ErrorCodes.SelfLink },
        { "Mitigates a non-risk", new AddVisionLink("vl-2", "ve-concept", "ve-result", Kind("Mitigates")), ErrorCodes.WrongType },
        { "update to a kind the types refuse", new UpdateVisionLink("vl-1", Kind("MeasuredBy")), ErrorCodes.WrongType },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Apply_ShouldRejectTheLink_WhenItBreaksALinkRule(string because, Operation op, string code)
    {
        // Arrange
        var state = Populated();

        // Act
        var error = RoomAssert.Rejects(state, op, code, because);

        // Assert
        Assert.NotNull(error.ElementId);
    }

    [Fact]
    public void AddVisionLink_ShouldRejectWithWrongType_WhenMitigatesJoinsTwoRisks()
    {
        // Arrange
        var state = new RoomBuilder().VisionElement("ve-r1", VisionElementType.Risk).VisionElement("ve-r2", VisionElementType.Risk).Build();

        // Act
        var error = RoomAssert.Rejects(state, new AddVisionLink("vl-1", "ve-r1", "ve-r2", Kind("Mitigates")), ErrorCodes.WrongType);

        // Assert
        Assert.Equal("kind", error.Field);
    }

    [Fact]
    public void UpdateRelationship_ShouldRejectWithDuplicateLink_WhenTheNewKindDuplicatesAnotherRelationship()
    {
        // Arrange
        var state = new RoomBuilder().Stakeholder("sh-a").Stakeholder("sh-b")
            .Relationship("rel-1", "sh-a", "sh-b", DealRoom.Domain.Stakeholders.RelationshipKind.ReportsTo)
            .Relationship("rel-2", "sh-a", "sh-b", DealRoom.Domain.Stakeholders.RelationshipKind.AllyOf)
            .Build();

        // Act
        var error = RoomAssert.Rejects(state, new UpdateRelationship("rel-2", Kind("ReportsTo")), ErrorCodes.DuplicateLink);

        // Assert
        Assert.Equal("rel-2", error.ElementId);
    }

    [Fact]
    public void UpdateVisionLink_ShouldRejectWithDuplicateLink_WhenTheNewKindDuplicatesAnotherLink()
    {
        // Arrange
        var state = new RoomBuilder()
            .VisionElement("ve-cap", VisionElementType.Capability)
            .VisionElement("ve-res", VisionElementType.DesiredResult)
            .VisionLink("vl-1", "ve-cap", "ve-res", VisionLinkKind.ContributesTo)
            .VisionLink("vl-2", "ve-cap", "ve-res", VisionLinkKind.LeadsTo)
            .Build();

        // Act
        var error = RoomAssert.Rejects(state, new UpdateVisionLink("vl-2", Kind("ContributesTo")), ErrorCodes.DuplicateLink);

        // Assert
        Assert.Equal("vl-2", error.ElementId);
    }

    [Fact]
    public void UpdateRelationship_ShouldApply_WhenTheKindIsSetToItsOwnValue()
    {
        // Arrange
        var state = Populated();

        // Act
        var next = RoomAssert.Next(state, new UpdateRelationship("rel-1", Kind("ReportsTo")));

        // Assert
        Assert.Equal(state.Relationships["rel-1"], next.Relationships["rel-1"]);
    }
}
