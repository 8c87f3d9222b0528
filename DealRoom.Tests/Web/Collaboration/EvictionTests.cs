using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class EvictionTests
{
    private static readonly Dictionary<string, string?> QuickEviction = new() { ["Rooms:IdleEviction"] = "00:00:00.050" };

    [Fact]
    public async Task IdleRoom_ShouldBeUnloaded_WhenNobodyIsInIt_AndComeBackWithItsState()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: QuickEviction);
        var roomId = await TestRooms.CreateAsync(server, ct);
        var registry = server.GetService<RoomRegistry>();
        var before = (await registry.GetAsync(roomId, ct))!;
        await before.SubmitAsync(new Submission("op-1", null, new DealRoom.Domain.Rooms.Operations.AddStakeholder(
            "sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Ana" }), new Author("u", "U")), ct);

        await Eventually.TrueAsync(async () =>
        {
            await registry.EvictIdleAsync();
            return registry.Loaded(roomId) is null;
        }, "the idle room was never evicted");

        var after = (await registry.GetAsync(roomId, ct))!;
        Assert.NotSame(before, after);
        Assert.Equal(1, after.State.Version);
        Assert.True(after.State.Stakeholders.ContainsKey("sh-1"));
    }

    [Fact]
    public async Task RoomWithSomeoneInIt_ShouldStayLoaded_HoweverLongItIsQuiet()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: QuickEviction);
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);
        var registry = server.GetService<RoomRegistry>();
        var session = registry.Loaded(roomId);
        await Task.Delay(TimeSpan.FromMilliseconds(200), ct); // the room must be quiet for longer than IdleEviction

        await registry.EvictIdleAsync();

        Assert.NotNull(session);
        Assert.Same(session, registry.Loaded(roomId));
    }
}
