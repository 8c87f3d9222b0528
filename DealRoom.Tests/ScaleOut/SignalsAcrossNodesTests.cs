using System.Text.Json;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration.ScaleOut;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.ScaleOut;

/// <summary>Live drags and pointers with two app nodes on real PostgreSQL and Redis: relayed to the room on the other node.</summary>
public sealed class SignalsAcrossNodesTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task Drag_ShouldReachAClientOnTheOtherNode_AndItsEndWhenTheSenderDisconnects()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("signals", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Signals room");
        var onA = await RoomClient.ConnectAsync(a, roomId, ct);
        await onA.JoinAsync(ct);
        await onA.SubmitAsync(new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Ana" }), ct);
        await using var onB = await RoomClient.ConnectAsync(b, roomId, ct);
        await onB.JoinAsync(ct);
        await onB.WaitForVersionAsync(1, TimeSpan.FromSeconds(20), ct);

        // Act: a drag step and a pointer on node A.
        var answer = await onA.Connection.InvokeAsync<JsonElement>("Drag", new { roomId, elementId = "sh-1", x = 120, y = 60 }, ct);
        await onA.Connection.InvokeAsync<JsonElement>("MoveCursor", new { roomId, map = "stakeholders", x = 130, y = 70 }, ct);

        // Assert: the client on node B sees both, then the drag's end and the pointer's leaving when A's client drops.
        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        // Drags and pointers are two channels: their messages may arrive in either order.
        await Eventually.TrueAsync(() => Kinds(onB).Contains("drag") && Kinds(onB).Contains("cursor"), "the signals never reached node B");
        Assert.Equal(120, Signals(onB).First(s => s.GetProperty("kind").GetString() == "drag").GetProperty("x").GetDouble());
        Assert.Equal(130, Signals(onB).First(s => s.GetProperty("kind").GetString() == "cursor").GetProperty("x").GetDouble());
        await onA.DisposeAsync();
        await Eventually.TrueAsync(() => Kinds(onB).Contains("dragEnd") && Kinds(onB).Contains("cursorGone"), "node B never heard that the drag ended");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "node": "n", "room": "r" }""")]
    [InlineData("""{ "node": "n", "room": "r", "signal": { "kind": 0, "connectionId": "c", "userId": "u", "name": "N", "color": "#000", "map": 0, "x": 1e300, "y": 0 } }""")]
    [InlineData("""{ "node": "n", "room": "r", "signal": { "kind": 9, "connectionId": "c", "userId": "u", "name": "N", "color": "#000", "map": 0, "x": 0, "y": 0 } }""")]
    public void Parse_ShouldRefuse_WhenTheMessageIsNoSignal(string message) =>
        Assert.Null(RedisSignalRelay.Parse(message));

    private static List<JsonElement> Signals(RoomClient client) =>
        [.. client.Messages.Where(m => m.Method == "Signal").Select(m => m.Message)];

    private static List<string?> Kinds(RoomClient client) => [.. Signals(client).Select(s => s.GetProperty("kind").GetString())];
}
