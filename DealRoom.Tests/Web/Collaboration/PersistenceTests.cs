using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class PersistenceTests
{
    [Fact]
    public async Task SecondHost_ShouldHoldEveryAcknowledgedOperation_WhenOnTheSameDatabaseFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var databasePath = Path.Combine(Path.GetTempPath(), $"dealroom-persist-{Guid.NewGuid():N}.db");
        try
        {
            string roomId;
            string stateOnFirst;
            var acknowledged = new List<(string OpId, long Version)>();
            await using (var first = new DealRoomServer(databasePath))
            {
                roomId = await TestRooms.CreateAsync(first, ct);
                await using var client = await RoomClient.ConnectAsync(first, roomId, ct);
                await client.JoinAsync(ct);
                var generator = new RandomOperations(seed: 7, prefix: "p");
                for (var i = 0; i < 300; i++)
                {
                    var opId = $"op-persist-{i}";
                    var answer = await client.SubmitAsync(generator.Next(client.State!), ct, opId);
                    if (answer.GetProperty("ok").GetBoolean())
                    {
                        acknowledged.Add((opId, answer.GetProperty("version").GetInt64()));
                    }
                }

                var session = await first.GetService<RoomRegistry>().GetAsync(roomId, ct);
                stateOnFirst = SnapshotJson.ToJson(session!.State);
            }

            // A second host, started after the first stopped, on the same file.
            await using var second = new DealRoomServer(databasePath);
            var store = second.GetService<RoomStore>();
            foreach (var (opId, version) in acknowledged)
            {
                Assert.Equal(version, await store.FindVersionAsync(roomId, opId, ct));
            }

            var reloaded = await second.GetService<RoomRegistry>().GetAsync(roomId, ct);
            Assert.Equal(stateOnFirst, SnapshotJson.ToJson(reloaded!.State));
            Assert.Equal(acknowledged.Count, reloaded.State.Version);
        }
        finally
        {
            DealRoomServer.DeleteDatabase(databasePath);
        }
    }

    [Fact]
    public async Task TwoHosts_ShouldKeepOneTotalOrder_WhenBothWriteToTheSameRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        var databasePath = Path.Combine(Path.GetTempPath(), $"dealroom-two-{Guid.NewGuid():N}.db");
        try
        {
            await using var first = new DealRoomServer(databasePath);
            await using var second = new DealRoomServer(databasePath);
            var roomId = await TestRooms.CreateAsync(first, ct);
            await using var a = await RoomClient.ConnectAsync(first, roomId, ct);
            await using var b = await RoomClient.ConnectAsync(second, roomId, ct);
            await a.JoinAsync(ct);
            await b.JoinAsync(ct);

            // Both nodes take writes at once; the (room, version) key makes them take turns.
            var ackedA = 0;
            var ackedB = 0;
            await Task.WhenAll(
                Task.Run(async () =>
                {
                    var generator = new RandomOperations(seed: 11, prefix: "a");
                    for (var i = 0; i < 150; i++)
                    {
                        ackedA += (await a.SubmitAsync(generator.Next(a.State!), ct)).GetProperty("ok").GetBoolean() ? 1 : 0;
                    }
                }, ct),
                Task.Run(async () =>
                {
                    var generator = new RandomOperations(seed: 12, prefix: "b");
                    for (var i = 0; i < 150; i++)
                    {
                        ackedB += (await b.SubmitAsync(generator.Next(b.State!), ct)).GetProperty("ok").GetBoolean() ? 1 : 0;
                    }
                }, ct));

            var firstSession = (await first.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
            var secondSession = (await second.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
            firstSession.RequestSync();
            secondSession.RequestSync();
            var fromDatabase = (await first.GetService<RoomStore>().LoadAsync(roomId, ct))!.State;
            Assert.Equal(ackedA + ackedB, fromDatabase.Version);
            await a.WaitForVersionAsync(fromDatabase.Version, TimeSpan.FromSeconds(30), ct);
            await b.WaitForVersionAsync(fromDatabase.Version, TimeSpan.FromSeconds(30), ct);
            var expected = SnapshotJson.ToJson(fromDatabase, includeBaseline: false);
            Assert.Equal(expected, SnapshotJson.ToJson(a.State!, includeBaseline: false));
            Assert.Equal(expected, SnapshotJson.ToJson(b.State!, includeBaseline: false));
        }
        finally
        {
            DealRoomServer.DeleteDatabase(databasePath);
        }
    }
}
