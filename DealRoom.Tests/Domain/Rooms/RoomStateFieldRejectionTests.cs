using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Domain.Rooms;

/// <summary>Field values: required, too long, out of range, unreadable, unknown; coordinates; no partial apply.</summary>
public class RoomStateFieldRejectionTests
{
    private static string Text(int length) => new('x', length);

    private static AddStakeholder NewStakeholder(params (string Name, string? Value)[] fields) =>
        new("sh-new", 0, 0, Fields([("name", "New"), .. fields]));

    public static TheoryData<string, Operation, string, string> Rejections() => new()
    {
        // Required
        { "stakeholder without name", new AddStakeholder("sh-new", 0, 0, Fields(("title", "CIO"))), ErrorCodes.Required, "name" },
        { "stakeholder with blank name", new AddStakeholder("sh-new", 0, 0, Fields(("name", "   "))), ErrorCodes.Required, "name" },
        { "stakeholder with null name", new AddStakeholder("sh-new", 0, 0, Fields(("name", null))), ErrorCodes.Required, "name" },
        { "team member without name", new AddTeamMember("tm-new", 0, 0, FieldValues.None), ErrorCodes.Required, "name" },
        { "vision element without title", new AddVisionElement("ve-new", VisionElementType.Risk, 0, 0, Fields(("description", "d"))), ErrorCodes.Required, "title" },
        { "vision element with empty title", new AddVisionElement("ve-new", VisionElementType.Risk, 0, 0, Fields(("title", ""))), ErrorCodes.Required, "title" },
        { "relationship without kind", new AddRelationship("rel-2", "sh-ceo", "sh-cfo", Fields(("strength", "Weak"))), ErrorCodes.Required, "kind" },
        { "relationship with null kind", new AddRelationship("rel-2", "sh-ceo", "sh-cfo", Fields(("kind", null))), ErrorCodes.Required, "kind" },
        { "vision link without kind", new AddVisionLink("vl-2", "ve-result", "ve-metric", FieldValues.None), ErrorCodes.Required, "kind" },
        { "clearing a stakeholder's name", new UpdateStakeholder("sh-ceo", Fields(("name", " "))), ErrorCodes.Required, "name" },
        { "clearing a team member's name", new UpdateTeamMember("tm-ann", Fields(("name", null))), ErrorCodes.Required, "name" },
        { "clearing a title", new UpdateVisionElement("ve-future", Fields(("title", null))), ErrorCodes.Required, "title" },
        { "clearing the room name", new UpdateRoom(Fields(("name", ""))), ErrorCodes.Required, "name" },
        { "clearing stance", new UpdateStakeholder("sh-ceo", Fields(("stance", null))), ErrorCodes.Required, "stance" },
        { "clearing onboarded", new UpdateStakeholder("sh-ceo", Fields(("onboarded", null))), ErrorCodes.Required, "onboarded" },
        { "acknowledgement without reason", new AcknowledgeGap("C3", "  "), ErrorCodes.Required, "reason" },
        { "iteration without name", new MarkIteration("it-2", ""), ErrorCodes.Required, "name" },

        // Too long
        { "name of 201", NewStakeholder(("name", Text(201))), ErrorCodes.TooLong, "name" },
        { "privateNotes of 10,001", NewStakeholder(("privateNotes", Text(10_001))), ErrorCodes.TooLong, "privateNotes" },
        { "title of 201", NewStakeholder(("title", Text(201))), ErrorCodes.TooLong, "title" },
        { "team member expertise of 2,001", new UpdateTeamMember("tm-ann", Fields(("expertise", Text(2_001)))), ErrorCodes.TooLong, "expertise" },
        { "vision description of 10,001", new UpdateVisionElement("ve-risk", Fields(("description", Text(10_001)))), ErrorCodes.TooLong, "description" },
        { "metric unit of 51", new UpdateVisionElement("ve-metric", Fields(("unit", Text(51)))), ErrorCodes.TooLong, "unit" },
        { "room decision of 2,001", new UpdateRoom(Fields(("decisionToChange", Text(2_001)))), ErrorCodes.TooLong, "decisionToChange" },
        { "phase reason of 2,001", new SetPhase(JourneyPhase.Buying, Text(2_001)), ErrorCodes.TooLong, "reason" },
        { "acknowledgement reason of 2,001", new AcknowledgeGap("C3", Text(2_001)), ErrorCodes.TooLong, "reason" },
        { "iteration name of 201", new MarkIteration("it-2", Text(201)), ErrorCodes.TooLong, "name" },

        // Out of range
        { "power 0", NewStakeholder(("power", "0")), ErrorCodes.OutOfRange, "power" },
        { "power 6", NewStakeholder(("power", "6")), ErrorCodes.OutOfRange, "power" },
        { "influence 0", new UpdateStakeholder("sh-ceo", Fields(("influence", "0"))), ErrorCodes.OutOfRange, "influence" },
        { "influence 6", new UpdateStakeholder("sh-ceo", Fields(("influence", "6"))), ErrorCodes.OutOfRange, "influence" },
        { "influence -1", new UpdateStakeholder("sh-ceo", Fields(("influence", "-1"))), ErrorCodes.OutOfRange, "influence" },
        { "metric beyond 1e15", new UpdateVisionElement("ve-metric", Fields(("targetValue", "1e16"))), ErrorCodes.OutOfRange, "targetValue" },

        // Invalid values
        { "power abc", NewStakeholder(("power", "abc")), ErrorCodes.InvalidValue, "power" },
        { "power 4.5", NewStakeholder(("power", "4.5")), ErrorCodes.InvalidValue, "power" },
        { "power empty", NewStakeholder(("power", "")), ErrorCodes.InvalidValue, "power" },
        { "power beyond int", NewStakeholder(("power", "99999999999")), ErrorCodes.InvalidValue, "power" },
        { "unknown stance", NewStakeholder(("stance", "Enthusiast")), ErrorCodes.InvalidValue, "stance" },
        { "unknown buying role", new UpdateStakeholder("sh-ceo", Fields(("buyingRole", "Boss"))), ErrorCodes.InvalidValue, "buyingRole" },
        { "numeric buying role", new UpdateStakeholder("sh-ceo", Fields(("buyingRole", "2"))), ErrorCodes.InvalidValue, "buyingRole" },
        { "negative numeric stance", new UpdateStakeholder("sh-ceo", Fields(("stance", "-1"))), ErrorCodes.InvalidValue, "stance" },
        { "unknown decision style", new UpdateStakeholder("sh-ceo", Fields(("decisionStyle", "Analytical"))), ErrorCodes.InvalidValue, "decisionStyle" },
        { "unknown response mode", new UpdateStakeholder("sh-ceo", Fields(("responseMode", "Panic"))), ErrorCodes.InvalidValue, "responseMode" },
        { "unknown information preference", new UpdateStakeholder("sh-ceo", Fields(("informationPreference", "Memes"))), ErrorCodes.InvalidValue, "informationPreference" },
        { "unknown phase joined", new UpdateStakeholder("sh-ceo", Fields(("phaseJoined", "Closing"))), ErrorCodes.InvalidValue, "phaseJoined" },
        { "impossible date", new UpdateStakeholder("sh-ceo", Fields(("dateJoined", "2025-02-30"))), ErrorCodes.InvalidValue, "dateJoined" },
        { "date in another format", new UpdateStakeholder("sh-ceo", Fields(("dateLeft", "30/09/2025"))), ErrorCodes.InvalidValue, "dateLeft" },
        { "date before 1900", new UpdateStakeholder("sh-ceo", Fields(("lastConversation", "1899-12-31"))), ErrorCodes.InvalidValue, "lastConversation" },
        { "boolean yes", new UpdateStakeholder("sh-ceo", Fields(("onboarded", "yes"))), ErrorCodes.InvalidValue, "onboarded" },
        { "boolean 1", new UpdateStakeholder("sh-ceo", Fields(("valueConfirmed", "1"))), ErrorCodes.InvalidValue, "valueConfirmed" },
        { "unknown relationship kind", new AddRelationship("rel-2", "sh-ceo", "sh-cfo", Fields(("kind", "Hates"))), ErrorCodes.InvalidValue, "kind" },
        { "unknown relationship strength", new UpdateRelationship("rel-1", Fields(("strength", "Mighty"))), ErrorCodes.InvalidValue, "strength" },
        { "unknown team role", new UpdateTeamMember("tm-ann", Fields(("role", "Intern"))), ErrorCodes.InvalidValue, "role" },
        { "unknown coverage level", new UpdateCoverage("cov-1", Fields(("currentLevel", "BestFriend"))), ErrorCodes.InvalidValue, "currentLevel" },
        { "unknown contact depth", new UpdateCoverage("cov-1", Fields(("contactDepth", "Telepathic"))), ErrorCodes.InvalidValue, "contactDepth" },
        { "unknown vision link kind", new AddVisionLink("vl-2", "ve-result", "ve-metric", Fields(("kind", "Causes"))), ErrorCodes.InvalidValue, "kind" },
        { "metric value abc", new UpdateVisionElement("ve-metric", Fields(("currentValue", "abc"))), ErrorCodes.InvalidValue, "currentValue" },
        { "metric value NaN", new UpdateVisionElement("ve-metric", Fields(("currentValue", "NaN"))), ErrorCodes.InvalidValue, "currentValue" },
        { "metric value Infinity", new UpdateVisionElement("ve-metric", Fields(("measuredValue", "Infinity"))), ErrorCodes.InvalidValue, "measuredValue" },
        { "undefined element type", new AddVisionElement("ve-new", (VisionElementType)99, 0, 0, Fields(("title", "X"))), ErrorCodes.InvalidValue, "elementType" },
        { "undefined endorsement kind", new AddEndorsement("en-2", "sh-cfo", "ve-future", (EndorsementKind)99), ErrorCodes.InvalidValue, "kind" },
        { "undefined phase", new SetPhase((JourneyPhase)99, null), ErrorCodes.InvalidValue, "phase" },
        { "the phase the room is in", new SetPhase(JourneyPhase.Awareness, "again"), ErrorCodes.InvalidValue, "phase" },
        { "blank gap id", new AcknowledgeGap(" ", "why"), ErrorCodes.InvalidValue, "gapId" },
        { "gap id of 513", new AcknowledgeGap(Text(513), "why"), ErrorCodes.InvalidValue, "gapId" },

        // Unknown fields
        { "stakeholder salary", NewStakeholder(("salary", "1")), ErrorCodes.UnknownField, "salary" },
        { "field names are case-sensitive", new UpdateStakeholder("sh-ceo", Fields(("Name", "X"))), ErrorCodes.UnknownField, "Name" },
        { "team member stance", new UpdateTeamMember("tm-ann", Fields(("stance", "Champion"))), ErrorCodes.UnknownField, "stance" },
        { "relationship weight", new AddRelationship("rel-2", "sh-ceo", "sh-cfo", Fields(("kind", "AllyOf"), ("weight", "3"))), ErrorCodes.UnknownField, "weight" },
        { "coverage kind", new UpdateCoverage("cov-1", Fields(("kind", "ReportsTo"))), ErrorCodes.UnknownField, "kind" },
        { "vision link strength", new UpdateVisionLink("vl-1", Fields(("strength", "Strong"))), ErrorCodes.UnknownField, "strength" },
        { "room owner", new UpdateRoom(Fields(("owner", "Ann"))), ErrorCodes.UnknownField, "owner" },
        { "vision element x", new UpdateVisionElement("ve-risk", Fields(("x", "10"))), ErrorCodes.UnknownField, "x" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Apply_ShouldRejectWithTheFieldsErrorCode_WhenAValueIsBad(string because, Operation op, string code, string field)
    {
        // Arrange
        var state = Populated();

        // Act
        var error = RoomAssert.Rejects(state, op, code, because);

        // Assert
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Apply_ShouldRejectWithRequired_WhenAnUpdateNamesNoField()
    {
        // Arrange
        var state = Populated();

        // Act
        var errors = new[]
        {
            RoomAssert.Rejects(state, new UpdateStakeholder("sh-ceo", FieldValues.None), ErrorCodes.Required),
            RoomAssert.Rejects(state, new UpdateVisionLink("vl-1", FieldValues.None), ErrorCodes.Required),
            RoomAssert.Rejects(state, new UpdateRoom(FieldValues.None), ErrorCodes.Required),
        };

        // Assert
        Assert.All(errors, e => Assert.Equal(ErrorCodes.Required, e.Code));
    }

    public static TheoryData<double, double> BadCoordinates() => new()
    {
        { double.NaN, 0 },
        { 0, double.NaN },
        { double.PositiveInfinity, 0 },
        { 0, double.NegativeInfinity },
        { 1e7, 0 },
        { 0, -1e7 },
        { 1_000_000.001, 0 },
        { double.MaxValue, double.MinValue },
    };

    [Theory]
    [MemberData(nameof(BadCoordinates))]
    public void Apply_ShouldRejectWithInvalidCoordinates_WhenAPositionIsNotFiniteOrAbsurd(double x, double y)
    {
        // Arrange
        var state = Populated();
        Operation[] ops =
        [
            new AddStakeholder("sh-new", x, y, Fields(("name", "X"))),
            new AddTeamMember("tm-new", x, y, Fields(("name", "X"))),
            new AddVisionElement("ve-new", VisionElementType.Risk, x, y, Fields(("title", "X"))),
            new MoveNode("sh-ceo", x, y),
            new MoveNode("tm-ann", x, y),
            new MoveNode("ve-future", x, y),
        ];

        // Act
        var errors = ops.Select(op => RoomAssert.Rejects(state, op, ErrorCodes.InvalidCoordinates, $"{x}, {y}")).ToList();

        // Assert
        Assert.Equal(ops.Length, errors.Count);
    }

    [Fact]
    public void Apply_ShouldApplyNothing_WhenTheLastOfSeveralFieldsIsInvalid()
    {
        // Arrange
        var state = Populated();
        var fields = new Dictionary<string, string?> { ["stance"] = "Champion", ["title"] = "CEO", ["power"] = "9" };

        // Act
        var error = RoomAssert.Rejects(state, new UpdateStakeholder("sh-ceo", fields), ErrorCodes.OutOfRange);

        // Assert
        Assert.Equal("power", error.Field);
        Assert.Equal(Stance.Unknown, state.Stakeholders["sh-ceo"].Stance);
        Assert.Null(state.Stakeholders["sh-ceo"].Title);
    }

    [Fact]
    public void Apply_ShouldAddNothing_WhenANewElementHasOneInvalidField()
    {
        // Arrange
        var state = Populated();
        var op = new AddStakeholder("sh-new", 0, 0, Fields(("name", "Valid"), ("title", "Valid"), ("decisionStyle", "Nope")));

        // Act
        RoomAssert.Rejects(state, op, ErrorCodes.InvalidValue);

        // Assert
        Assert.Null(state.KindOf("sh-new"));
    }
}
