using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>
/// A resubmitted opId is answered with its original version and duplicate: true, whatever was restarted or
/// snapshotted since and whatever the payload; a stale resubmission never refuses anyone else's operation.
/// </summary>
public sealed class IdempotencyTests
{
    // A snapshot every 5 operations and an in-memory window of 3: most of the 12 operations sit before both.
    private static readonly Dictionary<string, string?> SmallWindows = new()
    {
        ["Rooms:SnapshotEvery"] = "5",
        ["Rooms:RecentOperations"] = "3",
    };

    [Fact]
    public async Task Resubmit_ShouldAnswerDuplicateWithTheOriginalVersion_WhenTheServerRestartedAfterSnapshots()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"dealroom-idem-{Guid.NewGuid():N}.db");
        try
        {
            string roomId;
            var acknowledged = new Dictionary<string, long>();
            await using (var first = new DealRoomServer(path, SmallWindows))
            {
                roomId = await TestRooms.CreateAsync(first, ct);
                await using var client = await RoomClient.ConnectAsync(first, roomId, ct);
                await client.JoinAsync(ct);
                for (var i = 0; i < 12; i++)
                {
                    var ack = await client.SubmitAsync(Add($"sh-{i}", $"Person {i}"), ct, opId: $"op-{i}");
                    Assert.True(ack.GetProperty("ok").GetBoolean(), ack.ToString());
                    acknowledged[$"op-{i}"] = ack.GetProperty("version").GetInt64();
                }
            }

            await using var second = new DealRoomServer(path, SmallWindows);
            await using var again = await RoomClient.ConnectAsync(second, roomId, ct);
            await again.JoinAsync(ct);
            var versionBefore = again.Version;
            foreach (var (opId, version) in acknowledged)
            {
                // Another payload under the same opId: still the original operation's answer, nothing applied.
                var answer = await again.SubmitAsync(Add("sh-other-" + opId, "Someone else"), ct, opId);
                Assert.True(answer.GetProperty("ok").GetBoolean(), answer.ToString());
                Assert.True(answer.GetProperty("duplicate").GetBoolean(), answer.ToString());
                Assert.Equal(version, answer.GetProperty("version").GetInt64());
            }

            var session = (await second.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
            Assert.Equal(versionBefore, session.State.Version);
            Assert.Equal(12, session.State.Stakeholders.Count);
        }
        finally
        {
            DealRoomServer.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task StaleResubmission_ShouldNotRefuseAFreshOperation_WhenBothShareABatch()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: SmallWindows);
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var author = new Author("u-1", "Alex");
        for (var i = 0; i < 10; i++)
        {
            var ack = await session.SubmitAsync(new Submission($"old-{i}", Add($"sh-{i}", $"Person {i}"), author), ct);
            Assert.True(ack.Accepted);
        }

        // Queued together: the first round takes all of them as one batch. The old opIds are far outside the window
        // of 3 recent operations, and their payloads would now fail (the ids exist).
        var stale = Enumerable.Range(0, 10)
            .Select(i => session.SubmitAsync(new Submission($"old-{i}", Add($"sh-{i}", "Again"), author), ct));
        var fresh = session.SubmitAsync(new Submission("new-1", Add("sh-new", "Newcomer"), new Author("u-2", "Sam")), ct);
        var answers = await Task.WhenAll(stale.Append(fresh));

        for (var i = 0; i < 10; i++)
        {
            Assert.True(answers[i].Duplicate, $"old-{i}: {answers[i].Error?.Code}");
            Assert.Equal(i + 1, answers[i].Version);
        }

        Assert.True(answers[10].Accepted, answers[10].Error?.Message);
        Assert.False(answers[10].Duplicate);
        Assert.Equal(11, session.State.Version);
    }

    private static AddStakeholder Add(string id, string name) =>
        new(id, 10, 10, new Dictionary<string, string?> { ["name"] = name });
}
