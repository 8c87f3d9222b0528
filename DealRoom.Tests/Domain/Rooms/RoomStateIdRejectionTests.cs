using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.Rooms;

/// <summary>Ids: invalid, duplicate (across kinds too), unknown, of the wrong kind, and gone after a removal.</summary>
public class RoomStateIdRejectionTests
{
    private static readonly string TooLongId = new('a', 65);
    private static readonly IReadOnlyDictionary<string, string?> Name = Fields(("name", "X"));
    private static readonly IReadOnlyDictionary<string, string?> Title = Fields(("title", "X"));
    private static readonly IReadOnlyDictionary<string, string?> Kind = Fields(("kind", "LeadsTo"));

    public static TheoryData<string, Operation> InvalidIds() => new()
    {
        { "empty new id", new AddStakeholder("", 0, 0, Name) },
        { "65-char new id", new AddStakeholder(TooLongId, 0, 0, Name) },
        { "'<' in new id", new AddStakeholder("sh<script>", 0, 0, Name) },
        { "space in new id", new AddTeamMember("tm 1", 0, 0, Name) },
        { "non-ASCII new id", new AddVisionElement("vé-1", VisionElementType.Risk, 0, 0, Title) },
        { "'/' in relationship id", new AddRelationship("rel/2", "sh-ceo", "sh-cfo", Fields(("kind", "AllyOf"))) },
        { "bad relationship end", new AddRelationship("rel-2", "sh-ceo", "<sh>", Fields(("kind", "AllyOf"))) },
        { "empty coverage end", new AddCoverage("cov-2", "", "sh-cfo", Fields()) },
        { "65-char vision link end", new AddVisionLink("vl-2", TooLongId, "ve-future", Kind) },
        { "bad endorsement id", new AddEndorsement("en 2", "sh-cfo", "ve-future", EndorsementKind.Endorses) },
        { "bad endorsement element", new AddEndorsement("en-2", "sh-cfo", "ve\"future", EndorsementKind.Endorses) },
        { "empty update id", new UpdateStakeholder("", Name) },
        { "65-char update id", new UpdateVisionElement(TooLongId, Title) },
        { "'<' in move id", new MoveNode("<sh-ceo>", 0, 0) },
        { "empty remove id", new RemoveElement("") },
        { "'<' in iteration id", new MarkIteration("it<2>", "Second") },
    };

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public void Apply_ShouldRejectWithInvalidId_WhenAnIdIsInvalid(string because, Operation op)
    {
        // Arrange
        var state = Populated();

        // Act
        var error = RoomAssert.Rejects(state, op, ErrorCodes.InvalidId, because);

        // Assert
        Assert.Equal(ErrorCodes.InvalidId, error.Code);
    }

    public static TheoryData<string, Operation> DuplicateIds() => new()
    {
        { "stakeholder as stakeholder", new AddStakeholder("sh-ceo", 0, 0, Name) },
        { "stakeholder as team member", new AddTeamMember("sh-ceo", 0, 0, Name) },
        { "team member as vision element", new AddVisionElement("tm-ann", VisionElementType.Risk, 0, 0, Title) },
        { "vision element as relationship", new AddRelationship("ve-concept", "sh-ceo", "sh-cfo", Fields(("kind", "AllyOf"))) },
        { "relationship as coverage", new AddCoverage("rel-1", "tm-ann", "sh-cfo", Fields()) },
        { "endorsement as vision link", new AddVisionLink("en-1", "ve-future", "ve-result", Kind) },
        { "iteration as endorsement", new AddEndorsement("it-1", "sh-cfo", "ve-future", EndorsementKind.Endorses) },
        { "coverage as iteration", new MarkIteration("cov-1", "Again") },
        { "iteration as iteration", new MarkIteration("it-1", "Again") },
        { "vision link as stakeholder", new AddStakeholder("vl-1", 0, 0, Name) },
    };

    [Theory]
    [MemberData(nameof(DuplicateIds))]
    public void Apply_ShouldRejectWithDuplicateId_WhenTheIdIsTaken(string because, Operation op)
    {
        // Arrange
        var state = Populated();

        // Act
        var error = RoomAssert.Rejects(state, op, ErrorCodes.DuplicateId, because);

        // Assert
        Assert.NotNull(error.ElementId);
    }

    public static TheoryData<string, Operation> UnknownIds() => new()
    {
        { "update", new UpdateStakeholder("sh-nobody", Name) },
        { "update vision link", new UpdateVisionLink("vl-nobody", Kind) },
        { "move", new MoveNode("sh-nobody", 1, 1) },
        { "remove", new RemoveElement("sh-nobody") },
        { "relationship from", new AddRelationship("rel-2", "sh-nobody", "sh-ceo", Fields(("kind", "AllyOf"))) },
        { "relationship to", new AddRelationship("rel-2", "sh-ceo", "sh-nobody", Fields(("kind", "AllyOf"))) },
        { "coverage member", new AddCoverage("cov-2", "tm-nobody", "sh-cfo", Fields()) },
        { "coverage stakeholder", new AddCoverage("cov-2", "tm-ann", "sh-nobody", Fields()) },
        { "vision link from", new AddVisionLink("vl-2", "ve-nobody", "ve-future", Kind) },
        { "endorsement stakeholder", new AddEndorsement("en-2", "sh-nobody", "ve-future", EndorsementKind.Endorses) },
        { "endorsement element", new AddEndorsement("en-2", "sh-cfo", "ve-nobody", EndorsementKind.Endorses) },
        { "unacknowledge", new UnacknowledgeGap("C3") },
    };

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public void Apply_ShouldRejectWithNotFound_WhenAnIdIsUnknown(string because, Operation op)
    {
        // Arrange
        var state = Populated();

        // Act
        var error = RoomAssert.Rejects(state, op, ErrorCodes.NotFound, because);

        // Assert
        Assert.Equal(ErrorCodes.NotFound, error.Code);
    }

    public static TheoryData<string, Operation> WrongKinds() => new()
    {
        { "coverage from a stakeholder", new AddCoverage("cov-2", "sh-cfo", "sh-ceo", Fields()) },
        { "coverage of a team member", new AddCoverage("cov-2", "tm-ann", "tm-ann", Fields()) },
        { "coverage of a vision element", new AddCoverage("cov-2", "tm-ann", "ve-future", Fields()) },
        { "updateStakeholder on a vision element", new UpdateStakeholder("ve-concept", Name) },
        { "updateStakeholder on an iteration", new UpdateStakeholder("it-1", Name) },
        { "updateVisionElement on a stakeholder", new UpdateVisionElement("sh-ceo", Title) },
        { "updateTeamMember on a stakeholder", new UpdateTeamMember("sh-ceo", Name) },
        { "updateRelationship on a coverage", new UpdateRelationship("cov-1", Fields(("kind", "AllyOf"))) },
        { "updateCoverage on a relationship", new UpdateCoverage("rel-1", Fields(("contactDepth", "InDepth"))) },
        { "updateVisionLink on a relationship", new UpdateVisionLink("rel-1", Kind) },
        { "moveNode on a relationship", new MoveNode("rel-1", 1, 1) },
        { "moveNode on a coverage", new MoveNode("cov-1", 1, 1) },
        { "moveNode on a vision link", new MoveNode("vl-1", 1, 1) },
        { "moveNode on an endorsement", new MoveNode("en-1", 1, 1) },
        { "moveNode on an iteration", new MoveNode("it-1", 1, 1) },
        { "removeElement on an iteration", new RemoveElement("it-1") },
        { "relationship to a team member", new AddRelationship("rel-2", "sh-ceo", "tm-ann", Fields(("kind", "AllyOf"))) },
        { "relationship from a coverage", new AddRelationship("rel-2", "cov-1", "sh-ceo", Fields(("kind", "AllyOf"))) },
        { "relationship to an iteration", new AddRelationship("rel-2", "sh-ceo", "it-1", Fields(("kind", "AllyOf"))) },
        { "endorsement by a team member", new AddEndorsement("en-2", "tm-ann", "ve-future", EndorsementKind.Endorses) },
        { "endorsement of a stakeholder", new AddEndorsement("en-2", "sh-cfo", "sh-ceo", EndorsementKind.Endorses) },
        { "Holds on a non-Concept", new AddEndorsement("en-2", "sh-cfo", "ve-future", EndorsementKind.Holds) },
        { "Wants on a non-DesiredResult", new AddEndorsement("en-2", "sh-cfo", "ve-concept", EndorsementKind.Wants) },
        { "Gains on a non-Win", new AddEndorsement("en-2", "sh-cfo", "ve-result", EndorsementKind.Gains) },
        { "targetValue on a new Challenge", new AddVisionElement("ve-2", VisionElementType.Challenge, 0, 0, Fields(("title", "X"), ("targetValue", "5"))) },
        { "unit on a new FutureState", new AddVisionElement("ve-2", VisionElementType.FutureState, 0, 0, Fields(("title", "X"), ("unit", "%"))) },
        { "targetValue on a Concept", new UpdateVisionElement("ve-concept", Fields(("targetValue", "5"))) },
        { "owner on a Win, cleared", new UpdateVisionElement("ve-win", Fields(("owner", null))) },
        { "measuredValue on a Result", new UpdateVisionElement("ve-result", Fields(("measuredValue", "1"))) },
        { "currentValue on a Risk", new UpdateVisionElement("ve-risk", Fields(("currentValue", "1"))) },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void Apply_ShouldRejectWithWrongType_WhenTheElementIsOfAnotherKindOrType(string because, Operation op)
    {
        // Arrange
        var state = Populated();

        // Act
        var error = RoomAssert.Rejects(state, op, ErrorCodes.WrongType, because);

        // Assert
        Assert.NotNull(error.ElementId);
    }

    public static TheoryData<string, Operation> AfterRemoval() => new()
    {
        { "update removed stakeholder", new UpdateStakeholder("sh-cfo", Fields(("stance", "Champion"))) },
        { "move removed stakeholder", new MoveNode("sh-cfo", 5, 5) },
        { "remove removed stakeholder", new RemoveElement("sh-cfo") },
        { "relationship to removed stakeholder", new AddRelationship("rel-2", "sh-ceo", "sh-cfo", Fields(("kind", "AllyOf"))) },
        { "cover removed stakeholder", new AddCoverage("cov-2", "tm-ann", "sh-cfo", Fields()) },
        { "endorse as removed stakeholder", new AddEndorsement("en-2", "sh-cfo", "ve-future", EndorsementKind.Endorses) },
        { "update cascaded relationship", new UpdateRelationship("rel-1", Fields(("strength", "Weak"))) },
        { "remove cascaded relationship", new RemoveElement("rel-1") },
        { "update removed vision element", new UpdateVisionElement("ve-concept", Title) },
        { "update cascaded vision link", new UpdateVisionLink("vl-1", Kind) },
        { "remove cascaded vision link", new RemoveElement("vl-1") },
        { "update cascaded coverage", new UpdateCoverage("cov-1", Fields(("contactDepth", "InDepth"))) },
        { "move removed team member", new MoveNode("tm-ann", 1, 1) },
    };

    [Theory]
    [MemberData(nameof(AfterRemoval))]
    public void Apply_ShouldRejectWithNotFound_WhenTheElementWasRemoved(string because, Operation op)
    {
        // Arrange
        var removed = Populated();
        foreach (var id in new[] { "sh-cfo", "ve-concept", "tm-ann" })
        {
            removed = RoomAssert.Next(removed, new RemoveElement(id));
        }

        // Act
        var error = RoomAssert.Rejects(removed, op, ErrorCodes.NotFound, because);

        // Assert
        Assert.Equal(ErrorCodes.NotFound, error.Code);
    }
}
