using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>
/// Viewports in presence and "bring everyone" over real SignalR clients: where someone looks reaches the others, a
/// bring-everyone reaches everyone but the host, and only an editor may bring them (customers: CustomerLeakTests).
/// </summary>
public sealed class HubViewportTests
{
    [Fact]
    public async Task SetViewport_ShouldReachTheOthersInPresence_WhenAParticipantMovesTheirView()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var host = await RoomClient.ConnectAsync(server, roomId, ct);
        await using var other = await RoomClient.ConnectAsync(server, roomId, ct);
        await host.JoinAsync(ct);
        await other.JoinAsync(ct);

        // Act
        await host.Connection.InvokeAsync("SetViewport", new { roomId, map = "vision", x = 640.5, y = -20, zoom = 1.25 }, ct);

        // Assert: the other client hears where the host looks (both are the owner: one of the two names carries it).
        await Eventually.TrueAsync(() => other.LastViewports?.Contains("=vision@640.5,-20*1.25") == true, "the viewport never reached the other client");
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        Assert.Contains(session.Presence.Participants, p => p.Viewport == new Viewport("vision", 640.5, -20, 1.25));
    }

    [Fact]
    public async Task BringEveryone_ShouldReachEveryoneButTheHost_WhenAnEditorBringsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await TestRooms.AddMemberAsync(server, roomId, DemoUsers.Viewer.Email, RoomRole.Viewer, ct);
        await using var host = await RoomClient.ConnectAsync(server, roomId, ct);
        await using var second = await RoomClient.ConnectAsync(server, roomId, ct);
        await using var viewer = await RoomClient.ConnectAsync(
            server.HubUrl, roomId, await server.TokenAsync(DemoUsers.Viewer.Email, DemoUsers.Viewer.Password, ct), ct);
        await host.JoinAsync(ct);
        await second.JoinAsync(ct);
        await viewer.JoinAsync(ct);
        await host.Connection.InvokeAsync("SetViewport", new { roomId, map = "stakeholders", x = 100, y = 200, zoom = 0.8 }, ct);

        // Act
        var answer = await host.Connection.InvokeAsync<JsonElement>("BringEveryone", new { roomId }, ct);

        // Assert
        Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
        foreach (var brought in new[] { second, viewer })
        {
            await Eventually.TrueAsync(() => brought.Messages.Any(m => m.Method == "BroughtHere"), "someone was not brought");
            var message = brought.Messages.Single(m => m.Method == "BroughtHere").Message;
            Assert.Equal(DemoUsers.Owner.DisplayName, message.GetProperty("byName").GetString());
            Assert.Equal("stakeholders", message.GetProperty("viewport").GetProperty("map").GetString());
            Assert.Equal(200, message.GetProperty("viewport").GetProperty("y").GetDouble());
        }

        Assert.DoesNotContain(host.Messages, m => m.Method == "BroughtHere");
    }

    [Fact]
    public async Task BringEveryone_ShouldBeForbidden_WhenTheCallerIsAViewer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await TestRooms.AddMemberAsync(server, roomId, DemoUsers.Viewer.Email, RoomRole.Viewer, ct);
        await using var owner = await RoomClient.ConnectAsync(server, roomId, ct);
        await using var viewer = await RoomClient.ConnectAsync(
            server.HubUrl, roomId, await server.TokenAsync(DemoUsers.Viewer.Email, DemoUsers.Viewer.Password, ct), ct);
        await owner.JoinAsync(ct);
        await viewer.JoinAsync(ct);
        await viewer.Connection.InvokeAsync("SetViewport", new { roomId, map = "vision", x = 1, y = 2, zoom = 1 }, ct);
        await Eventually.TrueAsync(() => owner.LastViewports?.Contains("vision@1,2*1") == true, "the viewer's viewport never arrived");

        // Act
        var answer = await viewer.Connection.InvokeAsync<JsonElement>("BringEveryone", new { roomId }, ct);

        // Assert
        Assert.False(answer.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Forbidden, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain(owner.Messages, m => m.Method == "BroughtHere");
    }
}
