using System.Collections.Concurrent;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>
/// Who hears a committed update when: the pages first (before the gap rules run, so an edit reaches every open canvas
/// without waiting for them), then the gap listeners when the report changed, then the background listeners (the hub
/// broadcaster) with the changed report on the update.
/// </summary>
public sealed class PublishOrderTests
{
    [Fact]
    public async Task Publish_ShouldTellPagesFirst_ThenTheChangedGaps_ThenTheBackgroundWithThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var heard = new ConcurrentQueue<(string Who, long Version, GapReport? Gaps)>();
        using var page = session.Subscribe(update =>
        {
            heard.Enqueue(("page", update.State.Version, update.Gaps));
            return ValueTask.CompletedTask;
        });
        using var gaps = session.SubscribeGaps(report =>
        {
            heard.Enqueue(("gaps", session.State.Version, report));
            return ValueTask.CompletedTask;
        });
        using var hub = session.Subscribe(background: true, listener: update =>
        {
            heard.Enqueue(("background", update.State.Version, update.Gaps));
            return ValueTask.CompletedTask;
        });

        // A new stakeholder with nothing known about them changes the findings; moving the card does not.
        var added = await session.SubmitAsync(new Submission("op-add", new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Ana" }), new Author("u", "U")), ct);
        var moved = await session.SubmitAsync(new Submission("op-move", new MoveNode("sh-1", 40, 40), new Author("u", "U")), ct);
        Assert.True(added.Accepted && moved.Accepted);
        await Eventually.TrueAsync(() => heard.Count(h => h.Who == "background") == 2, "both updates reach the background listener");

        var order = heard.ToList();
        Assert.Equal(["page", "gaps", "background", "page", "background"], order.Select(h => h.Who));
        Assert.Null(order[0].Gaps);
        Assert.NotNull(order[1].Gaps);
        Assert.Contains(order[1].Gaps!.Open, g => g.ElementIds.Contains("sh-1"));
        Assert.Same(order[1].Gaps, order[2].Gaps);
        Assert.Equal([added.Version, added.Version, added.Version, moved.Version, moved.Version], order.Select(h => h.Version));
        Assert.All(order.Skip(3), h => Assert.Null(h.Gaps));
    }
}
