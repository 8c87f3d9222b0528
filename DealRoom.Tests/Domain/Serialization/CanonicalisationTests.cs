using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Serialization;

/// <summary>
/// The same edit sent in different spellings must become one canonical operation, so every replica and the log
/// hold exactly the same thing.
/// </summary>
public class CanonicalisationTests
{
    private static readonly RoomState State = RoomBuilder.Populated();

    public static TheoryData<string, string[], string> Spellings() => new()
    {
        {
            "integer",
            ["4", "\"4\"", "\" 4 \"", "\"+4\"", "4"],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"power":4}}"""
        },
        {
            "boolean",
            ["true", "\"true\"", "\"True\""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"onboarded":true}}"""
        },
        {
            "false boolean",
            ["false", "\"false\"", "\"False\""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"onboarded":false}}"""
        },
        {
            "enum",
            ["\"Champion\"", "\"champion\"", "\"CHAMPION\"", "\"cHaMpIoN\"", "\" champion \""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"stance":"Champion"}}"""
        },
        {
            "multi-word enum",
            ["\"EconomicBuyer\"", "\"economicbuyer\"", "\"ECONOMICBUYER\""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"buyingRole":"EconomicBuyer"}}"""
        },
        {
            "text",
            ["\"Dana Whitfield\"", "\"  Dana Whitfield  \"", "\"\\tDana Whitfield\\n\""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"name":"Dana Whitfield"}}"""
        },
        {
            "cleared text",
            ["null", "\"\"", "\"   \""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"title":null}}"""
        },
        {
            "date",
            ["\"2025-03-01\""],
            """{"type":"updateStakeholder","id":"sh-ceo","fields":{"dateJoined":"2025-03-01"}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Apply_ShouldProduceOneCanonicalOperation_WhenAStakeholderFieldIsSpelledDifferently(string because, string[] values, string expected)
    {
        // Arrange
        var field = expected.Split("\"fields\":{\"")[1].Split('"')[0];
        var inputs = values.Select(v => $$$"""{"type":"updateStakeholder","id":"sh-ceo","fields":{"{{{field}}}":{{{v}}}}}""");

        // Act
        var canonical = inputs.Select(Canonical).ToList();

        // Assert
        Assert.All(canonical, c => Assert.True(expected == c, $"{because}: expected {expected}, got {c}"));
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("\"12.5\"")]
    [InlineData("12.50")]
    [InlineData("1.25e1")]
    [InlineData("\"1.25E+1\"")]
    [InlineData("\" 12.5 \"")]
    public void Apply_ShouldProduceOneCanonicalNumber_WhenAMetricValueIsSpelledDifferently(string value)
    {
        // Arrange
        var json = $$$"""{"type":"updateVisionElement","id":"ve-metric","fields":{"targetValue":{{{value}}}}}""";

        // Act
        var canonical = Canonical(json);

        // Assert
        Assert.Equal("""{"type":"updateVisionElement","id":"ve-metric","fields":{"targetValue":12.5}}""", canonical);
    }

    [Theory]
    [InlineData("""{"type":"addVisionElement","id":"ve-new","elementType":"metric","x":0,"y":0,"fields":{"title":" KPI "}}""",
        """{"type":"addVisionElement","id":"ve-new","elementType":"Metric","x":0,"y":0,"fields":{"title":"KPI"}}""")]
    [InlineData("""{"type":"addVisionElement","id":"ve-new","elementType":"FUTURESTATE","x":0,"y":0,"fields":{"title":"Vision"}}""",
        """{"type":"addVisionElement","id":"ve-new","elementType":"FutureState","x":0,"y":0,"fields":{"title":"Vision"}}""")]
    [InlineData("""{"type":"addEndorsement","id":"en-new","stakeholderId":"sh-cfo","elementId":"ve-concept","kind":"holds"}""",
        """{"type":"addEndorsement","id":"en-new","stakeholderId":"sh-cfo","elementId":"ve-concept","kind":"Holds"}""")]
    [InlineData("""{"type":"setPhase","phase":"implementationandadoption","reason":"  live  "}""",
        """{"type":"setPhase","phase":"ImplementationAndAdoption","reason":"live"}""")]
    [InlineData("""{"type":"setPhase","phase":"buying"}""",
        """{"type":"setPhase","phase":"Buying","reason":null}""")]
    [InlineData("""{"type":"addRelationship","id":"rel-new","fromId":"sh-ceo","toId":"sh-cfo","fields":{"strength":"strong","kind":"delegatedto"}}""",
        """{"type":"addRelationship","id":"rel-new","fromId":"sh-ceo","toId":"sh-cfo","fields":{"kind":"DelegatedTo","strength":"Strong"}}""")]
    [InlineData("""{"type":"addVisionLink","id":"vl-new","fromId":"ve-result","toId":"ve-metric","fields":{"kind":"MEASUREDBY"}}""",
        """{"type":"addVisionLink","id":"vl-new","fromId":"ve-result","toId":"ve-metric","fields":{"kind":"MeasuredBy"}}""")]
    [InlineData("""{"type":"acknowledgeGap","gapId":"C3","reason":"  known  "}""",
        """{"type":"acknowledgeGap","gapId":"C3","reason":"known"}""")]
    [InlineData("""{"type":"markIteration","id":"it-2","name":"  Second  "}""",
        """{"type":"markIteration","id":"it-2","name":"Second"}""")]
    [InlineData("""{"type":"updateRoom","fields":{"paperProcess":"  Legal ","customerName":"Acme"}}""",
        """{"type":"updateRoom","fields":{"customerName":"Acme","paperProcess":"Legal"}}""")]
    [InlineData("""{"type":"moveNode","id":"sh-ceo","x":1.50,"y":-2E2}""",
        """{"type":"moveNode","id":"sh-ceo","x":1.5,"y":-200}""")]
    public void Apply_ShouldWriteCanonicalPascalCaseAndTrimmedText_WhenInputUsesAnyCase(string input, string expected)
    {
        // Act
        var canonical = Canonical(input);

        // Assert
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Apply_ShouldWriteEveryStakeholderFieldWithItsJsonType_WhenAllAreSentAsStrings()
    {
        // Arrange
        var json = """
            {"type":"addStakeholder","id":"sh-new","x":0,"y":0,"fields":{
              "visibleToCustomer":"True","power":"2","influence":"5","name":" Kim ","stance":"blocker",
              "phaseJoined":"buying","dateLeft":null,"onboarded":"false","privateNotes":""}}
            """;

        // Act
        var canonical = Canonical(json);

        // Assert
        Assert.Equal(
            """{"type":"addStakeholder","id":"sh-new","x":0,"y":0,"fields":{"dateJoined":"2025-03-14","dateLeft":null,"influence":5,"name":"Kim","onboarded":false,"phaseJoined":"Buying","power":2,"privateNotes":null,"stance":"Blocker","visibleToCustomer":true}}""",
            canonical);
    }

    [Fact]
    public void Apply_ShouldReachTheSameState_WhenTheCanonicalOperationIsAppliedInsteadOfTheOriginal()
    {
        // Arrange
        var json = """{"type":"updateStakeholder","id":"sh-ceo","fields":{"power":" 5","stance":"SKEPTIC","title":"  CEO ","onboarded":"True"}}""";
        var (original, _) = OperationJson.Parse(json);
        var first = RoomAssert.Applies(State, original!);
        var (canonical, _) = OperationJson.Parse(OperationJson.ToJson(first.Applied!));

        // Act
        var second = RoomAssert.Applies(State, canonical!);

        // Assert
        Assert.Equal(SnapshotJson.ToJson(first.State!), SnapshotJson.ToJson(second.State!));
        Assert.Equal(OperationJson.ToJson(first.Applied!), OperationJson.ToJson(second.Applied!));
    }

    public static TheoryData<string, string> NotEnumNames() => new()
    {
        { "stance", "\"Champion,Supporter\"" },
        { "stance", "\"champion, blocker\"" },
        { "stance", "\" 1\"" },
        { "stance", "\"+2\"" },
        { "buyingRole", "\"Influencer|User\"" },
        { "buyingRole", "3" },
        { "onboarded", "\"TRUE\"" },
        { "onboarded", "1" },
        { "power", "4.0" },
        { "power", "true" },
    };

    [Theory]
    [MemberData(nameof(NotEnumNames))]
    public void Apply_ShouldRejectWithInvalidValue_WhenAValueIsNotOneOfTheFieldsSpellings(string field, string value)
    {
        // Arrange
        var json = $$$"""{"type":"updateStakeholder","id":"sh-ceo","fields":{"{{{field}}}":{{{value}}}}}""";
        var (op, parseError) = OperationJson.Parse(json);
        Assert.Null(parseError);

        // Act
        var error = RoomAssert.Rejects(State, op!, ErrorCodes.InvalidValue, $"{field}: {value}");

        // Assert
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("""{"type":"addVisionElement","id":"v","elementType":"Concept,Challenge","x":0,"y":0,"fields":{"title":"X"}}""")]
    [InlineData("""{"type":"addVisionElement","id":"v","elementType":" 2","x":0,"y":0,"fields":{"title":"X"}}""")]
    [InlineData("""{"type":"addEndorsement","id":"e","stakeholderId":"s","elementId":"v","kind":"Holds, Wants"}""")]
    [InlineData("""{"type":"addEndorsement","id":"e","stakeholderId":"s","elementId":"v","kind":"+1"}""")]
    [InlineData("""{"type":"setPhase","phase":"Awareness,Buying"}""")]
    public void Parse_ShouldReturnInvalidValue_WhenAnEnumIsAListOrANumberInDisguise(string json)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.InvalidValue, error?.Code);
    }

    private static string Canonical(string json)
    {
        var (op, parseError) = OperationJson.Parse(json);
        Assert.True(parseError is null, $"{json}: {parseError?.Code} {parseError?.Message}");
        var result = RoomAssert.Applies(State, op!);
        return OperationJson.ToJson(result.Applied!);
    }
}
