using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>A session following another node's commits from what the room bus carries, and from the op log after a gap.</summary>
public sealed class RemoteCommitsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CarriedOperations_ShouldBeApplied_WithoutReadingTheOpLog_WhenTheyFollowOn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var updates = new List<RoomUpdate>();
        using var subscription = session.Subscribe(update =>
        {
            lock (updates)
            {
                updates.Add(update);
            }

            return ValueTask.CompletedTask;
        });

        // Not in this node's database: only the carried copy can bring them.
        session.RequestSync([AddErik(1), new CommittedOperation(2, "op-2", "u", "Ana", At, new MoveNode("sh-erik", 5, 6))]);

        // The state is set before listeners hear of it: wait for the update, not for the version.
        await Eventually.TrueAsync(() => Count(updates) > 0, "the carried operations were never published");
        Assert.Equal(2, session.State.Version);
        Assert.Equal(5, session.State.Stakeholders["sh-erik"].X);
        lock (updates)
        {
            var update = Assert.Single(updates);
            Assert.False(update.Local);
            Assert.Equal([1L, 2L], update.Operations.Select(operation => operation.Version));
        }
    }

    private static int Count(List<RoomUpdate> updates)
    {
        lock (updates)
        {
            return updates.Count;
        }
    }

    [Fact]
    public async Task CarriedOperations_ShouldGiveWayToTheOpLog_WhenTheyLeaveAGap()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        await server.GetService<RoomStore>().AppendAsync(roomId, [AddErik(1)], ct);

        // Version 1 never reached this node's bus: version 2 alone leaves a gap, so the session reads the log.
        session.RequestSync([new CommittedOperation(2, "op-2", "u", "Ana", At, new MoveNode("sh-erik", 5, 6))]);

        await Eventually.TrueAsync(() => session.State.Version == 1, "the session never read the op log after the gap");
        await session.SyncAsync();
        Assert.Equal(1, session.State.Version);
        Assert.Equal(0, session.State.Stakeholders["sh-erik"].X);
    }

    private static CommittedOperation AddErik(long version) =>
        new(version, "op-" + version, "u", "Ana", At, new AddStakeholder("sh-erik", 0, 0, new Dictionary<string, string?> { ["name"] = "Erik" }));
}
