using System.Text.Json;
using DealRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.ScaleOut;

/// <summary>Viewports and "bring everyone" with two app nodes on real PostgreSQL and Redis.</summary>
public sealed class FollowAcrossNodesTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task ViewportAndBringEveryone_ShouldReachAClientOnTheOtherNode()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("follownodes", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Follow room");
        await using var host = await RoomClient.ConnectAsync(a, roomId, ct);
        await using var other = await RoomClient.ConnectAsync(b, roomId, ct);
        await host.JoinAsync(ct);
        await other.JoinAsync(ct);
        await Eventually.TrueAsync(() => other.LastViewports?.Split(';').Length == 2, "the client on node B never heard of the host");

        // Act
        await host.Connection.InvokeAsync("SetViewport", new { roomId, map = "vision", x = 42, y = 24, zoom = 0.7 }, ct);
        await Eventually.TrueAsync(() => other.LastViewports?.Contains("=vision@42,24*0.7") == true, "the host's viewport never reached node B");
        var answer = await host.Connection.InvokeAsync<JsonElement>("BringEveryone", new { roomId }, ct);

        // Assert: node B heard the host's gathering count go up and told its client, once.
        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        await Eventually.TrueAsync(() => other.Messages.Any(m => m.Method == "BroughtHere"), "the client on node B was not brought");
        var brought = Assert.Single(other.Messages, m => m.Method == "BroughtHere").Message;
        Assert.Equal(42, brought.GetProperty("viewport").GetProperty("x").GetDouble());
        Assert.DoesNotContain(host.Messages, m => m.Method == "BroughtHere");
    }
}
