using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Serialization;

public class OperationJsonTests
{
    [Theory]
    [InlineData("42")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"addStakeholder\"")]
    [InlineData("[{\"type\":\"removeElement\",\"id\":\"a\"}]")]
    public void Parse_ShouldReturnMalformed_WhenTheRootIsNotAnObject(string json)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.Malformed, error?.Code);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"id\":\"a\"}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":null}")]
    [InlineData("{\"type\":[\"removeElement\"]}")]
    [InlineData("{\"type\":true}")]
    public void Parse_ShouldReturnMalformed_WhenTypeIsMissingOrNotAString(string json)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.Malformed, error?.Code);
        Assert.Equal("type", error?.Field);
    }

    [Theory]
    [InlineData("deleteEverything")]
    [InlineData("")]
    [InlineData("AddStakeholder")]
    [InlineData("addstakeholder")]
    [InlineData(" addStakeholder")]
    public void Parse_ShouldReturnUnknownOperation_WhenTypeIsNotAKnownName(string type)
    {
        // Arrange
        var json = $$$"""{"type":"{{{type}}}","id":"a","x":0,"y":0,"fields":{"name":"X"}}""";

        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.UnknownOperation, error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"type\":")]
    [InlineData("not json")]
    [InlineData("{'type':'removeElement','id':'a'}")]
    [InlineData("{\"type\":\"removeElement\",\"id\":\"a\",}")]
    [InlineData("{\"type\":\"removeElement\" \"id\":\"a\"}")]
    [InlineData("{\"type\":\"removeElement\",\"id\":\"a\"} {}")]
    [InlineData("{\"type\":\"moveNode\",\"id\":\"a\",\"x\":NaN,\"y\":0}")]
    public void Parse_ShouldReturnMalformed_WhenTheTextIsNotValidJson(string json)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.Malformed, error?.Code);
    }

    [Fact]
    public void Parse_ShouldReturnMalformed_WhenNestingIsTooDeep()
    {
        // Arrange
        var json = "{\"type\":\"updateRoom\",\"fields\":" + new string('[', 1_000) + new string(']', 1_000) + "}";

        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.Malformed, error?.Code);
    }

    public static TheoryData<string, string> WrongJsonTypes() => new()
    {
        { "id is a number", """{"type":"removeElement","id":7}""" },
        { "id is missing", """{"type":"removeElement"}""" },
        { "id is null", """{"type":"updateStakeholder","id":null,"fields":{"stance":"Champion"}}""" },
        { "x is a string", """{"type":"addStakeholder","id":"a","x":"5","y":0,"fields":{"name":"X"}}""" },
        { "y is missing", """{"type":"moveNode","id":"a","x":5}""" },
        { "y is a boolean", """{"type":"moveNode","id":"a","x":5,"y":true}""" },
        { "fields is an array", """{"type":"addStakeholder","id":"a","x":0,"y":0,"fields":[["name","X"]]}""" },
        { "fields is a string", """{"type":"updateRoom","fields":"name=X"}""" },
        { "field value is an object", """{"type":"updateStakeholder","id":"a","fields":{"name":{"first":"X"}}}""" },
        { "field value is an array", """{"type":"updateStakeholder","id":"a","fields":{"name":["X"]}}""" },
        { "fromId is null", """{"type":"addRelationship","id":"r","fromId":null,"toId":"b","fields":{"kind":"AllyOf"}}""" },
        { "stakeholderId is a number", """{"type":"addCoverage","id":"c","teamMemberId":"t","stakeholderId":1}""" },
        { "elementType is a number", """{"type":"addVisionElement","id":"v","elementType":2,"x":0,"y":0,"fields":{"title":"X"}}""" },
        { "endorsement kind is missing", """{"type":"addEndorsement","id":"e","stakeholderId":"s","elementId":"v"}""" },
        { "phase is a number", """{"type":"setPhase","phase":1}""" },
        { "reason is a number", """{"type":"setPhase","phase":"Buying","reason":5}""" },
        { "gapId is missing", """{"type":"acknowledgeGap","reason":"why"}""" },
        { "acknowledge reason is null", """{"type":"acknowledgeGap","gapId":"C3","reason":null}""" },
        { "unacknowledge gapId is an object", """{"type":"unacknowledgeGap","gapId":{}}""" },
        { "iteration name is missing", """{"type":"markIteration","id":"it"}""" },
    };

    [Theory]
    [MemberData(nameof(WrongJsonTypes))]
    public void Parse_ShouldReturnMalformed_WhenAPropertyHasTheWrongJsonType(string because, string json)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.True(op is null, because);
        Assert.True(error?.Code == ErrorCodes.Malformed, $"{because}: got {error?.Code}");
    }

    [Theory]
    [InlineData("""{"type":"addVisionElement","id":"v","elementType":"Blob","x":0,"y":0,"fields":{"title":"X"}}""", "elementType")]
    [InlineData("""{"type":"addVisionElement","id":"v","elementType":"","x":0,"y":0,"fields":{"title":"X"}}""", "elementType")]
    [InlineData("""{"type":"addVisionElement","id":"v","elementType":"2","x":0,"y":0,"fields":{"title":"X"}}""", "elementType")]
    [InlineData("""{"type":"addEndorsement","id":"e","stakeholderId":"s","elementId":"v","kind":"Loves"}""", "kind")]
    [InlineData("""{"type":"setPhase","phase":"Done"}""", "phase")]
    [InlineData("""{"type":"setPhase","phase":"-1"}""", "phase")]
    public void Parse_ShouldReturnInvalidValue_WhenAnEnumNameIsUnknown(string json, string field)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.InvalidValue, error?.Code);
        Assert.Equal(field, error?.Field);
    }

    [Fact]
    public void Parse_ShouldReadEveryOperationType_WhenTheJsonIsWellFormed()
    {
        // Arrange
        var json = new Dictionary<string, string>
        {
            ["addStakeholder"] = """{"type":"addStakeholder","id":"s","x":1,"y":2,"fields":{"name":"X"}}""",
            ["addTeamMember"] = """{"type":"addTeamMember","id":"t","x":1,"y":2,"fields":{"name":"X"}}""",
            ["addVisionElement"] = """{"type":"addVisionElement","id":"v","elementType":"Metric","x":1,"y":2,"fields":{"title":"X"}}""",
            ["addRelationship"] = """{"type":"addRelationship","id":"r","fromId":"a","toId":"b","fields":{"kind":"AllyOf"}}""",
            ["addCoverage"] = """{"type":"addCoverage","id":"c","teamMemberId":"t","stakeholderId":"s"}""",
            ["addVisionLink"] = """{"type":"addVisionLink","id":"l","fromId":"a","toId":"b","fields":{"kind":"LeadsTo"}}""",
            ["addEndorsement"] = """{"type":"addEndorsement","id":"e","stakeholderId":"s","elementId":"v","kind":"Holds"}""",
            ["updateStakeholder"] = """{"type":"updateStakeholder","id":"s","fields":{"power":2}}""",
            ["updateRelationship"] = """{"type":"updateRelationship","id":"r","fields":{"strength":"Weak"}}""",
            ["updateTeamMember"] = """{"type":"updateTeamMember","id":"t","fields":{"role":"Seller"}}""",
            ["updateCoverage"] = """{"type":"updateCoverage","id":"c","fields":{"contactDepth":"InDepth"}}""",
            ["updateVisionElement"] = """{"type":"updateVisionElement","id":"v","fields":{"targetValue":1.5}}""",
            ["updateVisionLink"] = """{"type":"updateVisionLink","id":"l","fields":{"kind":"LeadsTo"}}""",
            ["updateRoom"] = """{"type":"updateRoom","fields":{"name":"X"}}""",
            ["moveNode"] = """{"type":"moveNode","id":"s","x":-1.5,"y":2e3}""",
            ["removeElement"] = """{"type":"removeElement","id":"s"}""",
            ["setPhase"] = """{"type":"setPhase","phase":"Buying","reason":null}""",
            ["acknowledgeGap"] = """{"type":"acknowledgeGap","gapId":"C3","reason":"why"}""",
            ["unacknowledgeGap"] = """{"type":"unacknowledgeGap","gapId":"C3"}""",
            ["markIteration"] = """{"type":"markIteration","id":"it","name":"One"}""",
            ["undo"] = """{"type":"undo"}""",
            ["redo"] = """{"type":"redo","target":7,"count":2}""",
            ["groupChanges"] = """{"type":"groupChanges","count":3}""",
            ["startThread"] = """{"type":"startThread","id":"th","anchorId":"s","visibility":"Shared","text":"Hi","mentions":["u-1"]}""",
            ["reply"] = """{"type":"reply","id":"c","threadId":"th","text":"Hi"}""",
            ["resolveThread"] = """{"type":"resolveThread","threadId":"th"}""",
            ["reopenThread"] = """{"type":"reopenThread","threadId":"th"}""",
            ["suggestChange"] = """{"type":"suggestChange","id":"sg","text":"Hi","change":{"type":"removeElement","id":"v"}}""",
            ["acceptSuggestion"] = """{"type":"acceptSuggestion","threadId":"sg"}""",
            ["declineSuggestion"] = """{"type":"declineSuggestion","threadId":"sg","reason":null}""",
            ["setAccountItem"] = """{"type":"setAccountItem","id":"ai","kind":"FinancialPerformance","text":"Revenue","figure":"2.4 bn EUR","period":"FY2025","baseVersion":12}""",
            ["removeAccountItem"] = """{"type":"removeAccountItem","id":"ai","baseVersion":14}""",
        };

        // Act
        var read = json.ToDictionary(p => p.Key, p => OperationJson.Parse(p.Value));

        // Assert
        Assert.Equal(OperationJson.TypeNames.Order(StringComparer.Ordinal), json.Keys.Order(StringComparer.Ordinal));
        Assert.All(read, p =>
        {
            Assert.Null(p.Value.Error);
            Assert.Equal(p.Key, p.Value.Operation?.Type);
        });
        Assert.Equal(new MoveNode("s", -1.5, 2000), read["moveNode"].Operation);
        Assert.Equal(new AddEndorsement("e", "s", "v", EndorsementKind.Holds), read["addEndorsement"].Operation);
        Assert.Equal(new SetPhase(JourneyPhase.Buying, null), read["setPhase"].Operation);
        Assert.Equal(new Redo { Target = 7, Count = 2 }, read["redo"].Operation);
        Assert.Equal(new GroupChanges(3), read["groupChanges"].Operation);
        Assert.Equal(VisionElementType.Metric, Assert.IsType<AddVisionElement>(read["addVisionElement"].Operation).ElementType);
    }

    [Fact]
    public void Parse_ShouldReadNoFields_WhenFieldsIsMissingOrNull()
    {
        // Act
        var (missing, _) = OperationJson.Parse("""{"type":"addCoverage","id":"c","teamMemberId":"t","stakeholderId":"s"}""");
        var (nulled, _) = OperationJson.Parse("""{"type":"addCoverage","id":"c","teamMemberId":"t","stakeholderId":"s","fields":null}""");

        // Assert
        Assert.Empty(Assert.IsType<AddCoverage>(missing).Fields);
        Assert.Empty(Assert.IsType<AddCoverage>(nulled).Fields);
    }

    [Theory]
    [InlineData("""{"type":"removeElement","id":"\ud800"}""")]
    [InlineData("""{"type":"removeElement\udfff","id":"a"}""")]
    [InlineData("""{"type":"addStakeholder","id":"a","x":0,"y":0,"fields":{"name":"Ann \udc00"}}""")]
    [InlineData("""{"type":"acknowledgeGap","gapId":"C3","reason":"\ud83d"}""")]
    public void Parse_ShouldReturnMalformedNotThrow_WhenAStringHasALoneSurrogate(string json)
    {
        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        Assert.Null(op);
        Assert.Equal(ErrorCodes.Malformed, error?.Code);
    }

    [Theory]
    [InlineData("""{"type":"moveNode","id":"a","x":1e400,"y":0}""")]
    [InlineData("""{"type":"moveNode","id":"a","x":0,"y":-1e400}""")]
    public void Parse_ShouldNotAcceptAnInfiniteCoordinate_WhenANumberOverflows(string json)
    {
        // Arrange
        var state = RoomState.Create("room-1", "Acme");

        // Act
        var (op, error) = OperationJson.Parse(json);

        // Assert
        if (op is null)
        {
            Assert.Equal(ErrorCodes.Malformed, error?.Code);
        }
        else
        {
            Assert.Equal(ErrorCodes.InvalidCoordinates, state.Apply(op, Support.RoomBuilder.Context).Error?.Code);
        }
    }

    [Fact]
    public void Write_ShouldThrow_WhenTheOperationHasNoWireForm()
    {
        // Arrange
        var op = new NotAWireOperation();

        // Act
        var ex = Record.Exception(() => OperationJson.ToJson(op));

        // Assert
        Assert.IsType<ArgumentException>(ex);
    }

    [Fact]
    public void Apply_ShouldReturnUnknownOperation_WhenTheOperationTypeIsNotKnown()
    {
        // Arrange
        var state = Support.RoomBuilder.Populated();

        // Act
        var error = Support.RoomAssert.Rejects(state, new NotAWireOperation(), ErrorCodes.UnknownOperation);

        // Assert
        Assert.Contains("notAWireOperation", error.Message, StringComparison.Ordinal);
    }

    private sealed record NotAWireOperation : Operation
    {
        public override string Type => "notAWireOperation";
    }
}
