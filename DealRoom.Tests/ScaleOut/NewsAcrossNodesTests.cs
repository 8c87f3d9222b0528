using System.Net;
using System.Net.Http.Json;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Features.Accounts;
using DealRoom.Web.Features.Experts;
using DealRoom.Web.Features.News;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// News for open pages with two app nodes on real PostgreSQL and Redis: a request made through one node refreshes the
/// queue and the bell on the other; an account change refreshes the account pages there; nothing is echoed back.
/// </summary>
public sealed class NewsAcrossNodesTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task ExpertRequest_ShouldRaiseExpertNewsOnTheOtherNode_WhenItIsCreatedThroughOneNode()
    {
        // Arrange: the queue and bells on node B listen to expert news.
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("expert-news", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Experts across nodes");
        var heard = new TaskCompletionSource();
        using var subscription = b.GetService<ExpertEvents>().Subscribe(_ => heard.TrySetResult());
        using var owner = a.CreateHttpClient(await a.OwnerTokenAsync(ct));

        // Act
        var created = await owner.PostAsJsonAsync($"/api/rooms/{roomId}/expert-requests", new { expertise = "Finance", hours = 4 }, ct);

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
    }

    [Fact]
    public async Task ExpertGaps_ShouldBeEvaluatedAgainOnTheOtherNode_WhenARequestIsMadeThroughOneNode()
    {
        // Arrange: the room is open on node B only.
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("expert-facts", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Expert gaps across nodes");
        await using var team = await RoomClient.ConnectAsync(b, roomId, ct);
        await team.JoinAsync(ct);
        var session = b.GetService<RoomRegistry>().Loaded(roomId)!;
        using var owner = a.CreateHttpClient(await a.OwnerTokenAsync(ct));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Act: a request already past the day it was needed by, made through node A.
        var created = await owner.PostAsJsonAsync($"/api/rooms/{roomId}/expert-requests", new { expertise = "Legal", hours = 2, neededBy = yesterday }, ct);

        // Assert: node B's session evaluated its gaps with the new facts, with no edit in the room.
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await Eventually.TrueAsync(() => session.Gaps.Open.Any(g => g.RuleId == "E4"), "node B never re-evaluated the room's expert gaps");
    }

    [Fact]
    public async Task AccountNews_ShouldReachTheOtherNodesPages_OnceAndNotBeEchoedBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("account-news", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        _ = await TestRooms.CreateAsync(b, ct, "Node B is up");
        var (onA, onB) = (0, 0);
        using var pageOnA = a.GetService<AccountNotifier>().Subscribe("acct-1", () => { Interlocked.Increment(ref onA); return Task.CompletedTask; });
        using var pageOnB = b.GetService<AccountNotifier>().Subscribe("acct-1", () => { Interlocked.Increment(ref onB); return Task.CompletedTask; });

        await a.GetService<AccountNotifier>().NotifyAsync("acct-1");
        await Eventually.TrueAsync(() => Volatile.Read(ref onB) > 0, "node B's account page never heard of the change");

        // Expert news after it: once node B has that, node A would have had any echo of the account news.
        var later = new TaskCompletionSource();
        using var bell = b.GetService<ExpertEvents>().Subscribe(user => { if (user == "user-riley") { later.TrySetResult(); } });
        a.GetService<ExpertEvents>().Raise("user-riley");
        await later.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.Equal(1, Volatile.Read(ref onB));
        Assert.Equal(1, Volatile.Read(ref onA));
    }

    [Fact]
    public void Parse_ShouldRefuseMessages_ThatAreNotNews()
    {
        var news = new RelayedNews("node-a", NewsKind.Account, "acct-1");
        Assert.Equal(news, RedisNewsRelay.Parse(RedisNewsRelay.Format(news)));
        Assert.Equal(NewsKind.Experts, RedisNewsRelay.Parse("""{"node":"n","kind":"Experts","subject":null}""")?.Kind);
        Assert.Equal(NewsKind.ExpertFacts, RedisNewsRelay.Parse("""{"node":"n","kind":"ExpertFacts","subject":"room-1,room-2"}""")?.Kind);
        Assert.Null(RedisNewsRelay.Parse("nope"));
        Assert.Null(RedisNewsRelay.Parse("""{"node":"n","kind":"Rooms","subject":"x"}"""));
        Assert.Null(RedisNewsRelay.Parse("""{"node":"n","kind":"Account","subject":""}"""));
        Assert.Null(RedisNewsRelay.Parse("""{"node":"","kind":"Experts"}"""));
    }
}
