using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Collaboration.ScaleOut;
using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// Room affinity on real Redis and PostgreSQL: the owner lease, submissions forwarded at the session level (as a
/// Blazor circuit submits) to the node that holds it, and take-over when the owner is silent.
/// </summary>
public sealed class RoomAffinityTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>, IAsyncDisposable
{
    private readonly List<ConnectionMultiplexer> _connections = [];
    private static readonly Author Author = new("user-1", "Ana");

    [Fact]
    public async Task Lease_ShouldHaveOneHolder_UntilReleasedOrTakenOver()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.Configuration);
        var lease = new RoomLease(redis, "LeaseTest-" + Guid.NewGuid().ToString("N"), TimeSpan.FromSeconds(30));

        Assert.Equal("a", await lease.AcquireAsync("room-1", "a"));
        Assert.Equal("a", await lease.AcquireAsync("room-1", "b"));
        Assert.True(await lease.RenewAsync("room-1", "a"));
        Assert.False(await lease.RenewAsync("room-1", "b"));
        Assert.False(await lease.TakeOverAsync("room-1", "c", formerOwner: "b"));
        Assert.True(await lease.TakeOverAsync("room-1", "b", formerOwner: "a"));
        Assert.False(await lease.RenewAsync("room-1", "a"));

        await lease.ReleaseAsync("room-1", "a");
        Assert.Equal("b", await lease.HolderAsync("room-1"));
        await lease.ReleaseAsync("room-1", "b");
        Assert.Null(await lease.HolderAsync("room-1"));
        Assert.Equal("c", await lease.AcquireAsync("room-1", "c"));
    }

    [Fact]
    public async Task Lease_ShouldExpire_WhenNotRenewed()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.Configuration);
        var lease = new RoomLease(redis, "LeaseTest-" + Guid.NewGuid().ToString("N"), TimeSpan.FromMilliseconds(300));

        Assert.Equal("a", await lease.AcquireAsync("room-1", "a"));
        await Eventually.TrueAsync(async () => await lease.HolderAsync("room-1") is null, "the lease never expired");
        Assert.Equal("b", await lease.AcquireAsync("room-1", "b"));
    }

    [Fact]
    public async Task Submission_ShouldBeSequencedByTheOwnerNode_WhenSubmittedOnTheOtherNode()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("forward", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Forwarded room");
        var onA = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var onB = (await b.GetService<RoomRegistry>().GetAsync(roomId, ct))!;

        var first = await onA.SubmitAsync(Submit("op-a1", new UpdateRoom(Fields("compellingEvent", "Board meeting"))), ct);
        var forwarded = await onB.SubmitAsync(Submit("op-b1", new AddStakeholder("sh-1", 10, 20, Fields("name", "Erik"))), ct);
        var refused = await onB.SubmitAsync(Submit("op-b2", new MoveNode("sh-missing", 1, 1)), ct);
        var again = await onB.SubmitAsync(Submit("op-b1", new AddStakeholder("sh-1", 10, 20, Fields("name", "Erik"))), ct);

        Assert.True(first.Accepted);
        Assert.True(onA.IsWriter);
        Assert.False(onB.IsWriter);
        Assert.True(forwarded.Accepted, forwarded.Error?.Message);
        Assert.Equal(first.Version + 1, forwarded.Version);
        Assert.Equal(ErrorCodes.NotFound, refused.Error?.Code);
        Assert.True(again.Duplicate);
        Assert.Equal(forwarded.Version, again.Version);

        // The owner holds it at once (it committed it); the follower reaches it through the room bus.
        Assert.Equal(forwarded.Version, onA.State.Version);
        Assert.Contains("sh-1", onA.State.Stakeholders.Keys);
        await Eventually.TrueAsync(() => onB.State.Version == forwarded.Version, "node B's session never caught up");
        Assert.Equal((0L, 0L), (a.GetService<RoomRegistry>().Counters.Conflicts, b.GetService<RoomRegistry>().Counters.Conflicts));
        Assert.Equal(3, b.GetService<RoomRegistry>().Counters.Forwarded);
        Assert.Equal(3, a.GetService<RoomRegistry>().Counters.Served);
    }

    [Fact]
    public async Task Node_ShouldTakeTheRoomOver_WhenTheOwnerHasGone()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("ghost", ct);
        await using var a = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Abandoned room");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.Configuration);
        var lease = new RoomLease(redis, settings["Redis:ChannelPrefix"]!, TimeSpan.FromSeconds(30));
        Assert.Equal("ghost", await lease.AcquireAsync(roomId, "ghost"));

        var session = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var result = await session.SubmitAsync(Submit("op-1", new UpdateRoom(Fields("compellingEvent", "Renewal"))), ct);

        Assert.True(result.Accepted, result.Error?.Message);
        Assert.True(session.IsWriter);
        Assert.Equal(a.GetService<IRoomAffinity>().NodeId, await lease.HolderAsync(roomId));
        Assert.Equal(1, a.GetService<RoomRegistry>().Counters.TakeOvers);
    }

    [Fact]
    public async Task Node_ShouldTakeTheRoomOver_WhenTheOwnerStopsAnsweringAndRenewing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, roomId, lease, received) = await SilentOwnerAsync("silent", TimeSpan.FromSeconds(1), ct);
        await using var node = a;

        var session = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var result = await session.SubmitAsync(Submit("op-1", new UpdateRoom(Fields("compellingEvent", "Renewal"))), ct);

        Assert.True(result.Accepted, result.Error?.Message);
        Assert.Equal(1, Volatile.Read(ref received.Value));
        Assert.True(session.IsWriter);
        Assert.Equal(a.GetService<IRoomAffinity>().NodeId, await lease.HolderAsync(roomId));
    }

    [Fact]
    public async Task Node_ShouldAnswerUnavailable_AndLeaveTheRoom_WhenTheOwnerIsSlowButKeepsItsLease()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, roomId, lease, received) = await SilentOwnerAsync("busy", TimeSpan.FromMinutes(1), ct);
        await using var node = a;

        var session = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var result = await session.SubmitAsync(Submit("op-1", new UpdateRoom(Fields("compellingEvent", "Renewal"))), ct);

        Assert.Equal(ErrorCodes.Unavailable, result.Error?.Code);
        Assert.Equal(1, Volatile.Read(ref received.Value));
        Assert.False(session.IsWriter);
        Assert.Equal("busy", await lease.HolderAsync(roomId));
        Assert.Equal(0, a.GetService<RoomRegistry>().Counters.TakeOvers);
    }

    [Fact]
    public async Task Owner_ShouldReleaseItsLeases_WhenItStops()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("release", ct);
        await using var a = new DealRoomServer(settings: settings);
        var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Handed-over room");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.Configuration);
        var lease = new RoomLease(redis, settings["Redis:ChannelPrefix"]!, TimeSpan.FromSeconds(30));

        var onB = (await b.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        Assert.True((await onB.SubmitAsync(Submit("op-1", new UpdateRoom(Fields("compellingEvent", "Renewal"))), ct)).Accepted);
        Assert.Equal(b.GetService<IRoomAffinity>().NodeId, await lease.HolderAsync(roomId));
        await b.DisposeAsync();
        Assert.Null(await lease.HolderAsync(roomId));

        var onA = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var next = await onA.SubmitAsync(Submit("op-2", new UpdateRoom(Fields("compellingEvent", "Budget review"))), ct);
        Assert.True(next.Accepted, next.Error?.Message);
        Assert.Equal(2, next.Version);
        Assert.Equal(0, a.GetService<RoomRegistry>().Counters.TakeOvers);
    }

    /// <summary>
    /// A node, and a room whose lease a fake node holds for <paramref name="leaseFor"/> without renewing it; the fake
    /// listens on its forward channel (it is connected) but never answers.
    /// </summary>
    [Fact]
    public async Task Room_ShouldMoveToTheNodeWithPeopleInIt_WhenTheOwnerHasNobodyAndIsUnloaded()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("move", ct);
        settings["Rooms:IdleEviction"] = "00:00:00.050";
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Moving room");
        var (registryA, registryB) = (a.GetService<RoomRegistry>(), b.GetService<RoomRegistry>());
        var onA = (await registryA.GetAsync(roomId, ct))!;
        Assert.True((await onA.SubmitAsync(Submit("op-1", new UpdateRoom(Fields("compellingEvent", "Renewal"))), ct)).Accepted);
        var onB = (await registryB.GetAsync(roomId, ct))!;
        using var someoneOnB = onB.Subscribe(_ => ValueTask.CompletedTask);
        Assert.True((await onB.SubmitAsync(Submit("op-2", new UpdateRoom(Fields("compellingEvent", "Budget"))), ct)).Accepted);
        Assert.False(onB.IsWriter);

        // Forwarded submissions do not keep node A's copy loaded: nobody is in the room there.
        await Eventually.TrueAsync(async () =>
        {
            await registryA.EvictIdleAsync();
            return registryA.Loaded(roomId) is null;
        }, "node A never unloaded the room");
        var third = await onB.SubmitAsync(Submit("op-3", new UpdateRoom(Fields("compellingEvent", "Signature"))), ct);

        Assert.True(third.Accepted, third.Error?.Message);
        Assert.Equal(3, third.Version);
        Assert.True(onB.IsWriter);
        Assert.Equal(0, registryB.Counters.TakeOvers);
    }

    private async Task<(DealRoomServer Node, string RoomId, RoomLease Lease, StrongBox<int> Received)> SilentOwnerAsync(
        string name, TimeSpan leaseFor, CancellationToken ct)
    {
        var settings = await servers.NodeSettingsAsync(name, ct);
        settings["Redis:ForwardTimeout"] = "00:00:00.2";
        var a = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, name + " owner's room");
        var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.Configuration);
        _connections.Add(redis);
        var prefix = settings["Redis:ChannelPrefix"]!;
        Assert.Equal(name, await new RoomLease(redis, prefix, leaseFor).AcquireAsync(roomId, name));
        var received = new StrongBox<int>();
        await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal($"{prefix}:forward:{name}"), (_, _) => Interlocked.Increment(ref received.Value));
        return (a, roomId, new RoomLease(redis, prefix, leaseFor), received);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private static Submission Submit(string opId, Operation operation) => new(opId, operation, Author);

    private static Dictionary<string, string?> Fields(string name, string value) => new() { [name] = value };
}
