using System.Text.Json;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Collaboration.ScaleOut;
using StackExchange.Redis;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// Presence with two app nodes on real PostgreSQL and Redis: people on one node are seen on the other, by circuits
/// (the room session's presence) and by hub clients, and leave it when they leave, when their node stops, or when
/// their node dies without a word.
/// </summary>
public sealed class PresenceAcrossNodesTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task Participants_ShouldBeSeenOnTheOtherNode_AndLeaveItWhenTheyLeave()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("presence", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Presence room");
        var onA = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        onA.Presence.Join("circuit-ana", "user-ana", "Ana", ParticipantKind.Team);

        // Node B opens the room after Ana joined on A: it asks, and A answers.
        var onB = (await b.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        await Eventually.TrueAsync(() => Names(onB.Presence) == "Ana", "node B never saw Ana");
        onB.Presence.Join("circuit-ben", "user-ben", "Ben", ParticipantKind.Team);
        await Eventually.TrueAsync(() => Names(onA.Presence) == "Ana,Ben", "node A never saw Ben");

        onA.Presence.Select("circuit-ana", ["sh-1"]);
        await Eventually.TrueAsync(() => onB.Presence.Participants.Any(p => p.Name == "Ana" && p.Selection.SequenceEqual(["sh-1"])),
            "node B never saw Ana's selection");

        onA.Presence.Leave("circuit-ana");
        await Eventually.TrueAsync(() => Names(onB.Presence) == "Ben", "Ana stayed on node B after leaving");
        Assert.Equal(1, onB.Presence.Count);
        Assert.Equal(0, onA.Presence.Count);
    }

    [Fact]
    public async Task HubClient_ShouldHearOfParticipantsOnTheOtherNode_WithEveryoneInTheList()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("presencehub", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Presence hub room");
        await using var onA = await RoomClient.ConnectAsync(a, roomId, ct);
        await onA.JoinAsync(ct);
        await using var onB = await RoomClient.ConnectAsync(b, roomId, ct);

        // B's session asks A for its people when it opens the room; whatever B knew when its client joined, the
        // client ends up with both (A's answer may come after the join).
        await onB.JoinAsync(ct);
        await Eventually.TrueAsync(() => Count(onB.LastPresence) == 2, "the client on node B never heard of the client on node A");

        // A third client joins on node A: the client on node B hears of it with everyone in the list.
        await using var third = await RoomClient.ConnectAsync(a, roomId, ct);
        await third.JoinAsync(ct);
        await Eventually.TrueAsync(() => Count(onB.LastPresence) == 3, "the client on node B never heard of the third participant");

        await third.DisposeAsync();
        await Eventually.TrueAsync(() => Count(onB.LastPresence) == 2, "the client on node B still lists the third participant after it left");
    }

    [Fact]
    public async Task Participants_ShouldLeaveTheOtherNode_WhenTheirNodeStops()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("presencestop", ct);
        await using var a = new DealRoomServer(settings: settings);
        var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Presence stop room");
        var onA = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var onB = (await b.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        onB.Presence.Join("circuit-ben", "user-ben", "Ben", ParticipantKind.Team);
        await Eventually.TrueAsync(() => Names(onA.Presence) == "Ben", "node A never saw Ben");

        await b.DisposeAsync();

        await Eventually.TrueAsync(() => Names(onA.Presence) == "", "Ben stayed on node A after node B stopped");
    }

    [Fact]
    public async Task Participants_ShouldExpire_WhenTheirNodeDiesWithoutAWord()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("presenceghost", ct);
        settings["Redis:PresenceHeartbeat"] = "00:00:00.100";
        await using var a = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Presence ghost room");
        var onA = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var seen = new List<string>();
        onA.Presence.Changed += participants =>
        {
            lock (seen)
            {
                seen.Add(string.Join(",", participants.Select(p => p.Name)));
            }
        };

        // A node that announces one participant once, then is never heard of again.
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.Redis.Configuration);
        var ghost = new PresenceAnnouncement("ghost-node", roomId, 1, Query: false,
            [new Participant("circuit-gil", "user-gil", "Gil", "#1e88e5", ParticipantKind.Team, [], DateTimeOffset.UtcNow)]);
        var channel = RedisChannel.Literal(settings["Redis:ChannelPrefix"] + ":room-presence");
        await redis.GetSubscriber().PublishAsync(channel, JsonSerializer.Serialize(ghost, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        // Seen, then gone after three missed heartbeats (watched through the events: the window may be short).
        await Eventually.TrueAsync(() =>
        {
            lock (seen)
            {
                return seen.SequenceEqual(["Gil", ""]);
            }
        }, "Gil was never seen, or stayed after three missed heartbeats");
        Assert.Empty(onA.Presence.Participants);
    }

    [Fact]
    public async Task JoinsAndRevocations_ShouldStillWork_WhenRedisIsGone()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("redisgone", ct);
        var ownRedis = await RedisServer.StartAsync(TimeSpan.FromMinutes(4));
        settings["Redis:Configuration"] = ownRedis.Configuration;
        await using var a = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Redis gone room");
        var (invitationId, _) = await Customers.InviteAsync(a, roomId, ct);
        var session = (await a.GetService<RoomRegistry>().GetAsync(roomId, ct))!;

        await ownRedis.DisposeAsync();
        var multiplexer = a.GetService<StackExchange.Redis.IConnectionMultiplexer>();
        await Eventually.TrueAsync(() => !multiplexer.IsConnected, "the node never noticed Redis had gone");

        // Presence and access changes work on this node first: neither may fail because the relays cannot publish
        // (the Redis client queues a fire-and-forget publish while it reconnects; the relays also catch its errors).
        session.Presence.Join("circuit-ana", "user-ana", "Ana", ParticipantKind.Team);
        session.Presence.Select("circuit-ana", ["sh-1"]);
        await Customers.RevokeAsync(a, roomId, invitationId, ct);
        Assert.Equal("Ana", Names(session.Presence));
    }

    [Fact]
    public void Parse_ShouldRefuseAnnouncements_ThatAreMalformedOrTooBig()
    {
        Assert.Null(RedisPresenceRelay.Parse("not json"));
        Assert.Null(RedisPresenceRelay.Parse("""{"node":"","room":"r","sequence":1,"query":false,"participants":[]}"""));
        Assert.Null(RedisPresenceRelay.Parse("""{"node":"n","room":"r","sequence":1,"query":false}"""));
        var many = string.Join(",", Enumerable.Repeat(
            """{"connectionId":"c","userId":"u","name":"N","color":"#000","kind":0,"selection":[],"joinedAt":"2026-11-27T12:00:00Z"}""",
            RedisPresenceRelay.MaxParticipants + 1));
        Assert.Null(RedisPresenceRelay.Parse($$"""{"node":"n","room":"r","sequence":1,"query":false,"participants":[{{many}}]}"""));
        Assert.Equal("N", RedisPresenceRelay.Parse(
            """{"node":"n","room":"r","sequence":1,"query":false,"participants":[{"connectionId":"c","userId":"u","name":"N","color":"#000","kind":0,"selection":["sh-1"],"joinedAt":"2026-11-27T12:00:00Z"}]}""")
            ?.Participants.Single().Name);
    }

    private static int Count(string? presence) => presence is null ? -1 : presence.Split(';').Length;

    private static string Names(RoomPresence presence) => string.Join(",", presence.Participants.Select(p => p.Name));
}
