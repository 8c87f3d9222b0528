using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class ConvergenceTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ConcurrentClients_ShouldConvergeOnTheDatabaseState_WhenRacingOnTheSameElements()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        const int clientCount = 6;
        const int operationsPerClient = 350;
        var clients = new List<RoomClient>();
        for (var i = 0; i < clientCount; i++)
        {
            var client = await RoomClient.ConnectAsync(server, roomId, ct);
            await client.JoinAsync(ct);
            clients.Add(client);
        }

        // Act: every client submits its own random stream at once, against its own (stale) replica.
        var acked = new long[clientCount];
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            var generator = new RandomOperations(seed: 1000 + i, prefix: $"c{i}");
            for (var n = 0; n < operationsPerClient; n++)
            {
                var answer = await client.SubmitAsync(generator.Next(client.State!), ct);
                if (answer.GetProperty("ok").GetBoolean())
                {
                    Interlocked.Increment(ref acked[i]);
                }
            }
        }, ct)));

        // Assert: one version per acknowledged operation, every replica equal to a fresh load from the database.
        var session = await server.GetService<RoomRegistry>().GetAsync(roomId, ct);
        var finalVersion = session!.State.Version;
        Assert.Equal(acked.Sum(), finalVersion);
        Assert.True(finalVersion > clientCount * operationsPerClient / 2, $"too few operations applied: {finalVersion}");

        var fromDatabase = (await server.GetService<RoomStore>().LoadAsync(roomId, ct))!.State;
        Assert.Equal(finalVersion, fromDatabase.Version);
        var expected = SnapshotJson.ToJson(fromDatabase, includeBaseline: false);
        Assert.Equal(SnapshotJson.ToJson(fromDatabase), SnapshotJson.ToJson(session.State));
        foreach (var client in clients)
        {
            await client.WaitForVersionAsync(finalVersion, Settle, ct);
            Assert.Equal(expected, SnapshotJson.ToJson(client.State!, includeBaseline: false));
            await client.DisposeAsync();
        }
    }
}
