using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class EvictionTests
{
    private static readonly Dictionary<string, string?> QuickEviction = new() { ["Rooms:IdleEviction"] = "00:01:00" };

    [Fact]
    public async Task IdleRoom_ShouldBeUnloaded_WhenNobodyIsInIt_AndComeBackWithItsState()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = new DealRoomServer(settings: QuickEviction, services: s => s.AddSingleton<TimeProvider>(clock));
        var roomId = await TestRooms.CreateAsync(server, ct);
        var registry = server.GetService<RoomRegistry>();
        var before = (await registry.GetAsync(roomId, ct))!;
        await before.SubmitAsync(new Submission("op-1", new DealRoom.Domain.Rooms.Operations.AddStakeholder(
            "sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Ana" }), new Author("u", "U")), ct);

        await registry.EvictIdleAsync();
        Assert.NotNull(registry.Loaded(roomId)); // quiet for less than IdleEviction
        clock.Advance(TimeSpan.FromMinutes(1.5));
        await registry.EvictIdleAsync();
        Assert.Null(registry.Loaded(roomId));

        var after = (await registry.GetAsync(roomId, ct))!;
        Assert.NotSame(before, after);
        Assert.Equal(1, after.State.Version);
        Assert.True(after.State.Stakeholders.ContainsKey("sh-1"));
    }

    [Fact]
    public async Task RoomWithSomeoneInIt_ShouldStayLoaded_HoweverLongItIsQuiet()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = new DealRoomServer(settings: QuickEviction, services: s => s.AddSingleton<TimeProvider>(clock));
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);
        var registry = server.GetService<RoomRegistry>();
        var session = registry.Loaded(roomId);
        clock.Advance(TimeSpan.FromHours(2)); // quiet for far longer than IdleEviction

        await registry.EvictIdleAsync();

        Assert.NotNull(session);
        Assert.Same(session, registry.Loaded(roomId));
    }
}
