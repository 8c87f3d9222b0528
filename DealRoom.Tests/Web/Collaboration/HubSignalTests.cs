using System.Diagnostics;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>Live drags and pointers over the hub, with real SignalR clients: ephemeral, throttled, never back to the sender.</summary>
public sealed class HubSignalTests : IAsyncLifetime
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
        await _other.WaitForVersionAsync(1, TimeSpan.FromSeconds(10), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _other.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Signals_ShouldReachTheOtherClient_AndNeverTheSender_WhenACardIsDraggedAndThePointerMoves()
    {
        var ct = TestContext.Current.CancellationToken;

        // Act: a drag step, the pointer on the map, the drag's end, the pointer leaving.
        var drag = await Invoke(_sender, "Drag", new { roomId = _roomId, elementId = "sh-1", x = 10.5, y = 20 });
        await Eventually.TrueAsync(() => Signals(_other).Any(s => Kind(s) == "drag"), "the drag never reached the other client");
        var cursor = await Invoke(_sender, "MoveCursor", new { roomId = _roomId, map = "stakeholders", x = 300, y = 120 });
        await Eventually.TrueAsync(() => Signals(_other).Any(s => Kind(s) == "cursor"), "the pointer never reached the other client");
        var end = await Invoke(_sender, "EndDrag", new { roomId = _roomId, elementId = "sh-1" });
        var hide = await Invoke(_sender, "HideCursor", new { roomId = _roomId });

        // Assert
        Assert.All(new[] { drag, cursor, end, hide }, answer => Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString()));
        await Eventually.TrueAsync(() => Signals(_other).Count == 4, "the other client did not get all four signals");
        var received = Signals(_other);
        Assert.Equal(["drag", "cursor", "dragEnd", "cursorGone"], received.Select(Kind));
        var first = received[0];
        Assert.Equal("sh-1", first.GetProperty("elementId").GetString());
        Assert.Equal(10.5, first.GetProperty("x").GetDouble());
        Assert.Equal("stakeholders", first.GetProperty("map").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("name").GetString()));
        Assert.Equal(300, received[1].GetProperty("x").GetDouble());
        Assert.Empty(Signals(_sender));

        // Nothing was committed: signals are not operations.
        Assert.Equal(1, (await _server.GetService<RoomRegistry>().GetAsync(_roomId, ct))!.State.Version);
    }

    [Fact]
    public async Task Drag_ShouldGoOutAtMostTwentyTimesASecond_AndEndWhereTheSenderIs_WhenStepsComeFast()
    {
        var clock = Stopwatch.StartNew();

        // Act: 100 drag steps as fast as the connection takes them.
        for (var i = 0; i < 100; i++)
        {
            await Invoke(_sender, "Drag", new { roomId = _roomId, elementId = "sh-1", x = i, y = i });
        }

        // Assert: the last step arrives (the throttle keeps the latest), and no more than one per 50 ms went out.
        await Eventually.TrueAsync(() => Signals(_other).Any(s => s.GetProperty("x").GetDouble() == 99), "the last step never arrived");
        var elapsed = clock.Elapsed;
        var received = Signals(_other).Count;
        Assert.True(received <= (elapsed.TotalMilliseconds / RoomSignals.Interval.TotalMilliseconds) + 2, $"{received} drag signals in {elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(99, Signals(_other)[^1].GetProperty("x").GetDouble());
    }

    [Fact]
    public async Task MoveCursor_ShouldBeAnsweredRateLimited_WhenOneConnectionFloodsTheRoom()
    {
        var ct = TestContext.Current.CancellationToken;

        // Act: a thousand pointer moves at once on one connection.
        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            _sender.Connection.InvokeAsync<JsonElement>("MoveCursor", new { roomId = _roomId, map = "vision", x = i, y = 0 }, ct)));

        // Assert: the flood is refused with the stable code; the other client's own signals still go through.
        var codes = answers.Where(a => !a.GetProperty("ok").GetBoolean()).Select(a => a.GetProperty("error").GetProperty("code").GetString()).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal(ErrorCodes.RateLimited, code));
        var theirs = await Invoke(_other, "MoveCursor", new { roomId = _roomId, map = "vision", x = 1, y = 1 });
        Assert.True(theirs.GetProperty("ok").GetBoolean());
        await Eventually.TrueAsync(() => Signals(_sender).Any(s => Kind(s) == "cursor"), "the other client's pointer never arrived");
    }

    [Fact]
    public async Task Disconnect_ShouldEndTheDragAndTakeThePointerAway_WhenTheSenderDropsMidDrag()
    {
        await Invoke(_sender, "Drag", new { roomId = _roomId, elementId = "sh-1", x = 40, y = 40 });
        await Invoke(_sender, "MoveCursor", new { roomId = _roomId, map = "stakeholders", x = 50, y = 50 });
        await Eventually.TrueAsync(() => Signals(_other).Count == 2, "the drag and the pointer never arrived");

        await _sender.DisposeAsync();

        await Eventually.TrueAsync(() => Signals(_other).Count == 4, "the drop-out was not signalled");
        var received = Signals(_other);
        Assert.Equal("dragEnd", Kind(received[2]));
        Assert.Equal("sh-1", received[2].GetProperty("elementId").GetString());
        Assert.Equal("cursorGone", Kind(received[3]));
    }

    private static Task<JsonElement> Invoke(RoomClient client, string method, object request) =>
        client.Connection.InvokeAsync<JsonElement>(method, request, TestContext.Current.CancellationToken);

    private static List<JsonElement> Signals(RoomClient client) =>
        [.. client.Messages.Where(m => m.Method == "Signal").Select(m => m.Message)];

    private static string? Kind(JsonElement signal) => signal.GetProperty("kind").GetString();
}
