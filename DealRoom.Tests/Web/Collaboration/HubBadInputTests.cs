using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class HubBadInputTests : IAsyncLifetime
{
    private DealRoomServer _server = null!;
    private string _roomId = null!;
    private RoomClient _sender = null!;
    private RoomClient _other = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _server = new DealRoomServer();
        _roomId = await TestRooms.CreateAsync(_server, ct);
        _sender = await RoomClient.ConnectAsync(_server, _roomId, ct);
        _other = await RoomClient.ConnectAsync(_server, _roomId, ct);
        await _sender.JoinAsync(ct);
        await _other.JoinAsync(ct);
        await _sender.SubmitAsync(new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Ana" }), ct);
        await _sender.SubmitAsync(new AddVisionElement("ve-1", DealRoom.Domain.Vision.VisionElementType.Challenge, 0, 0, new Dictionary<string, string?> { ["title"] = "Cost" }), ct);
        await _other.WaitForVersionAsync(2, TimeSpan.FromSeconds(10), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _other.DisposeAsync();
        await _server.DisposeAsync();
    }

    public static TheoryData<string, string> BadOperations => new()
    {
        { """ "just a string" """, ErrorCodes.Malformed },
        { """{ "id": "sh-2" }""", ErrorCodes.Malformed },
        { """{ "type": "launchRocket", "id": "x" }""", ErrorCodes.UnknownOperation },
        { """{ "type": "addStakeholder", "id": "sh-2", "x": "left", "y": 0, "fields": { "name": "Bo" } }""", ErrorCodes.Malformed },
        { """{ "type": "addStakeholder", "id": "sh-1", "x": 0, "y": 0, "fields": { "name": "Bo" } }""", ErrorCodes.DuplicateId },
        { """{ "type": "addStakeholder", "id": "<b>", "x": 0, "y": 0, "fields": { "name": "Bo" } }""", ErrorCodes.InvalidId },
        { """{ "type": "addStakeholder", "id": "sh-2", "x": 0, "y": 0, "fields": { "title": "CFO" } }""", ErrorCodes.Required },
        { """{ "type": "addStakeholder", "id": "sh-2", "x": 1e300, "y": 0, "fields": { "name": "Bo" } }""", ErrorCodes.InvalidCoordinates },
        { """{ "type": "updateStakeholder", "id": "sh-1", "fields": { "power": 9 } }""", ErrorCodes.OutOfRange },
        { """{ "type": "updateStakeholder", "id": "sh-1", "fields": { "stance": "Furious" } }""", ErrorCodes.InvalidValue },
        { """{ "type": "updateStakeholder", "id": "sh-1", "fields": { "shoeSize": 44 } }""", ErrorCodes.UnknownField },
        { """{ "type": "updateStakeholder", "id": "sh-1", "fields": { "tags": ["a"] } }""", ErrorCodes.Malformed },
        { """{ "type": "updateStakeholder", "id": "ve-1", "fields": { "title": "x" } }""", ErrorCodes.WrongType },
        { """{ "type": "moveNode", "id": "sh-404", "x": 1, "y": 1 }""", ErrorCodes.NotFound },
        { """{ "type": "addRelationship", "id": "rel-1", "fromId": "sh-1", "toId": "sh-1", "fields": { "kind": "Influences" } }""", ErrorCodes.SelfLink },
        { """{ "type": "addRelationship", "id": "rel-1", "fromId": "sh-1", "toId": "ve-1", "fields": { "kind": "Influences" } }""", ErrorCodes.CrossMap },
    };

    [Theory]
    [MemberData(nameof(BadOperations))]
    public async Task Submit_ShouldAnswerTheSenderOnlyWithAStableCode_WhenTheOperationIsBad(string operationJson, string expectedCode)
    {
        var ct = TestContext.Current.CancellationToken;
        var before = _other.Received.Count;

        var answer = await _sender.SubmitRawAsync(JsonDocument.Parse(operationJson).RootElement, ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(expectedCode, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("error").GetProperty("message").GetString()));

        // The room carries on: the next good operation is version 3 and is the only thing the other client sees.
        var good = await _sender.SubmitAsync(new MoveNode("sh-1", 10, 20), ct);
        Assert.Equal(3, good.GetProperty("version").GetInt64());
        await _other.WaitForVersionAsync(3, TimeSpan.FromSeconds(10), ct);
        var seen = _other.Received.Skip(before).ToList();
        Assert.Single(seen);
        Assert.Equal("moveNode", seen[0].GetProperty("operation").GetProperty("type").GetString());
    }

    public static TheoryData<string, string, string> BadSignals => new()
    {
        { "Drag", """ "just a string" """, ErrorCodes.Malformed },
        { "Drag", """{ "roomId": "ROOM", "elementId": "sh-1" }""", ErrorCodes.Malformed },
        { "Drag", """{ "roomId": "ROOM", "elementId": "sh-1", "x": "left", "y": 0 }""", ErrorCodes.Malformed },
        { "Drag", """{ "roomId": "ROOM", "elementId": 7, "x": 0, "y": 0 }""", ErrorCodes.Malformed },
        { "Drag", """{ "roomId": "ROOM", "elementId": "<b>", "x": 0, "y": 0 }""", ErrorCodes.InvalidId },
        { "Drag", """{ "roomId": "ROOM", "elementId": "sh-404", "x": 0, "y": 0 }""", ErrorCodes.NotFound },
        { "Drag", """{ "roomId": "ROOM", "elementId": "sh-1", "x": 1e300, "y": 0 }""", ErrorCodes.InvalidCoordinates },
        { "Drag", """{ "roomId": "room-elsewhere", "elementId": "sh-1", "x": 0, "y": 0 }""", ErrorCodes.NotJoined },
        { "EndDrag", """{ "roomId": "ROOM" }""", ErrorCodes.Malformed },
        { "EndDrag", """[1, 2]""", ErrorCodes.Malformed },
        { "MoveCursor", """{ "roomId": "ROOM", "map": "moon", "x": 0, "y": 0 }""", ErrorCodes.Malformed },
        { "MoveCursor", """{ "roomId": "ROOM", "map": "vision", "x": 0 }""", ErrorCodes.Malformed },
        { "MoveCursor", """{ "roomId": "ROOM", "map": "vision", "x": 0, "y": -1e300 }""", ErrorCodes.InvalidCoordinates },
        { "HideCursor", """42""", ErrorCodes.Malformed },
        { "HideCursor", """{ "roomId": "room-elsewhere" }""", ErrorCodes.NotJoined },
    };

    [Theory]
    [MemberData(nameof(BadSignals))]
    public async Task Signals_ShouldAnswerTheSenderOnlyWithAStableCode_WhenTheInputIsBad(string method, string requestJson, string expectedCode)
    {
        var ct = TestContext.Current.CancellationToken;
        var request = JsonDocument.Parse(requestJson.Replace("ROOM", _roomId, StringComparison.Ordinal)).RootElement;

        var answer = await _sender.Connection.InvokeAsync<JsonElement>(method, request, ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(expectedCode, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("error").GetProperty("message").GetString()));

        // Nothing went out: the next good signal is the first the other client sees.
        var good = await _sender.Connection.InvokeAsync<JsonElement>("Drag", new { roomId = _roomId, elementId = "sh-1", x = 1, y = 2 }, ct);
        Assert.True(good.GetProperty("ok").GetBoolean(), good.ToString());
        await Eventually.TrueAsync(() => _other.Messages.Any(m => m.Method == "Signal"), "the good signal never arrived");
        Assert.Single(_other.Messages, m => m.Method == "Signal");
    }

    public static TheoryData<string> BadVersions => new() { "\"3\"", "null", "[1]", "{ \"v\": 1 }", "true", "1.5", "1e40" };

    [Theory]
    [MemberData(nameof(BadVersions))]
    public async Task GetChanges_ShouldAnswerMalformed_WhenSinceVersionIsNotAWholeNumber(string sinceVersion)
    {
        var ct = TestContext.Current.CancellationToken;
        var request = JsonDocument.Parse($$"""{ "roomId": "{{_roomId}}", "sinceVersion": {{sinceVersion}} }""").RootElement;

        var answer = await _sender.Connection.InvokeAsync<JsonElement>("GetChanges", request, ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Malformed, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("sinceVersion", answer.GetProperty("error").GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("\"room\"")]
    [InlineData("42")]
    [InlineData("[]")]
    public async Task GetChanges_ShouldAnswerMalformed_WhenTheArgumentIsNoObject(string argument)
    {
        var ct = TestContext.Current.CancellationToken;

        var answer = await _sender.Connection.InvokeAsync<JsonElement>("GetChanges", JsonDocument.Parse(argument).RootElement, ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Malformed, answer.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Submit_ShouldAnswerMalformed_WhenBaseVersionIsNotANumber()
    {
        var ct = TestContext.Current.CancellationToken;
        var operation = JsonDocument.Parse(OperationJsonText("sh-base")).RootElement;

        var answer = await _sender.Connection.InvokeAsync<JsonElement>(
            "Submit", new { roomId = _roomId, opId = "op-base", baseVersion = "two", operation }, ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Malformed, answer.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task LeaveRoom_ShouldBeIgnored_WhenTheArgumentIsNoString()
    {
        var ct = TestContext.Current.CancellationToken;

        await _sender.Connection.InvokeAsync("LeaveRoom", 42, ct);
        var answer = await _sender.SubmitAsync(new MoveNode("sh-1", 5, 5), ct);

        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
    }

    public static TheoryData<string> BadViewports => new()
    {
        """ "vision" """,
        """{ "map": "vision", "x": 1, "y": 2, "zoom": 1 }""",
        """{ "roomId": "ROOM", "map": "attic", "x": 1, "y": 2, "zoom": 1 }""",
        """{ "roomId": "ROOM", "map": "vision", "x": "left", "y": 2, "zoom": 1 }""",
        """{ "roomId": "ROOM", "map": "vision", "x": 1, "y": 2 }""",
        """{ "roomId": "ROOM", "map": "vision", "x": 1e300, "y": 2, "zoom": 1 }""",
        """{ "roomId": "ROOM", "map": "vision", "x": 1, "y": 2, "zoom": 0 }""",
        """{ "roomId": "ROOM", "map": ["vision"], "x": 1, "y": 2, "zoom": 1 }""",
    };

    [Theory]
    [MemberData(nameof(BadViewports))]
    public async Task SetViewport_ShouldBeIgnored_WhenTheViewportIsMalformed(string argument)
    {
        var ct = TestContext.Current.CancellationToken;
        var session = (await _server.GetService<DealRoom.Web.Collaboration.RoomRegistry>().GetAsync(_roomId, ct))!;

        await _sender.Connection.InvokeAsync("SetViewport", JsonDocument.Parse(argument.Replace("ROOM", _roomId, StringComparison.Ordinal)).RootElement, ct);
        var answer = await _sender.Connection.InvokeAsync<JsonElement>("BringEveryone", new { roomId = _roomId }, ct);

        // Nothing was taken as a viewport: there is none to bring anyone to, and the connection still works.
        Assert.All(session.Presence.Participants, p => Assert.Null(p.Viewport));
        Assert.Equal(ErrorCodes.Required, answer.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("42", ErrorCodes.Malformed)]
    [InlineData("""{ "room": "x" }""", ErrorCodes.Malformed)]
    [InlineData("""{ "roomId": "room-elsewhere" }""", ErrorCodes.NotJoined)]
    public async Task BringEveryone_ShouldAnswerWithAStableCode_WhenTheArgumentIsBad(string argument, string expectedCode)
    {
        var ct = TestContext.Current.CancellationToken;

        var answer = await _sender.Connection.InvokeAsync<JsonElement>("BringEveryone", JsonDocument.Parse(argument).RootElement, ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(expectedCode, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain(_other.Messages, m => m.Method == "BroughtHere");
    }

    private static string OperationJsonText(string id) =>
        $$"""{ "type": "addStakeholder", "id": "{{id}}", "x": 0, "y": 0, "fields": { "name": "Bo" } }""";

    [Fact]
    public async Task Submit_ShouldApplyOnce_WhenTheSameOpIdIsResubmitted()
    {
        var ct = TestContext.Current.CancellationToken;
        var op = new UpdateStakeholder("sh-1", new Dictionary<string, string?> { ["title"] = "CFO" });

        var first = await _sender.SubmitAsync(op, ct, opId: "op-once");
        var again = await _sender.SubmitAsync(op, ct, opId: "op-once");

        Assert.True(first.GetProperty("ok").GetBoolean());
        Assert.True(again.GetProperty("ok").GetBoolean());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("version").GetInt64(), again.GetProperty("version").GetInt64());
        await _other.WaitForVersionAsync(3, TimeSpan.FromSeconds(10), ct);
        var next = await _sender.SubmitAsync(new MoveNode("sh-1", 1, 1), ct);
        Assert.Equal(4, next.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Submit_ShouldBeRefused_WhenTheCallerHasNotJoinedTheRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stranger = await RoomClient.ConnectAsync(_server, _roomId, ct);

        var answer = await stranger.SubmitAsync(new MoveNode("sh-1", 5, 5), ct);

        Assert.Equal(ErrorCodes.NotJoined, answer.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task JoinRoom_ShouldAnswerRoomNotFound_WhenTheRoomDoesNotExist()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = await RoomClient.ConnectAsync(_server, "room-nope", ct);

        var answer = await client.JoinAsync(ct);

        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.RoomNotFound, answer.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Server_ShouldStayUp_WhenAClientSendsInvalidJsonFrames()
    {
        var ct = TestContext.Current.CancellationToken;
        using var socket = new ClientWebSocket();
        var token = Uri.EscapeDataString(await _server.OwnerTokenAsync(ct));
        await socket.ConnectAsync(new Uri(_server.HubUrl.Replace("http", "ws", StringComparison.Ordinal) + "?access_token=" + token), ct);
        await SendFrameAsync(socket, """{"protocol":"json","version":1}""", ct);
        await SendFrameAsync(socket, """{"type":1,"target":"Submit","arguments":[{"roomId": }""", ct);

        // The broken connection is closed by the server...
        var buffer = new byte[4096];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, ct);
        }
        while (received.MessageType != WebSocketMessageType.Close);

        // ...and everyone else carries on.
        var answer = await _sender.SubmitAsync(new MoveNode("sh-1", 7, 7), ct);
        Assert.True(answer.GetProperty("ok").GetBoolean());
    }

    private static Task SendFrameAsync(ClientWebSocket socket, string json, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + '\u001e'), WebSocketMessageType.Text, true, ct);
}
