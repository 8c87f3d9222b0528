using System.Diagnostics;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Persistence;
using Npgsql;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// A writer frozen in the middle of a commit (SIGSTOP, a long GC pause, a VM freeze) keeps its transaction and its
/// row locks open: every other writer's insert of the same version waits on them. The server ends such a session
/// after a few seconds, so the room carries on, and the frozen writer's late commit is refused.
/// </summary>
public sealed class FrozenWriterTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task Submit_ShouldBeAcknowledgedWithinSeconds_WhenAFrozenWriterHoldsTheNextVersionInAnOpenTransaction()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("frozen", ct);
        settings.Remove("Redis:Configuration");
        await using var server = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);
        var first = await client.SubmitAsync(Add("sh-1", "Ana"), ct);
        Assert.Equal(1, first.GetProperty("version").GetInt64());

        // The frozen writer: a session of another node (same bounds as every node's) that inserted version 2 and
        // then stopped before its commit.
        await using var frozen = new NpgsqlConnection(PersistenceSetup.Bounded(settings["ConnectionStrings:DealRoom"]!));
        await frozen.OpenAsync(ct);
        await using var transaction = await frozen.BeginTransactionAsync(ct);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO "Operations" ("RoomId", "Version", "OpId", "AuthorId", "AuthorName", "At", "Type", "Payload")
            VALUES (@room, 2, 'op-frozen', 'u-frozen', 'Frozen', now(), 'moveNode', '{"type":"moveNode","id":"sh-1","x":1,"y":1}')
            """, frozen, transaction))
        {
            insert.Parameters.AddWithValue("room", roomId);
            await insert.ExecuteNonQueryAsync(ct);
        }

        // This node's insert of version 2 waits on the frozen row until the server ends the idle transaction.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(20));
        var watch = Stopwatch.StartNew();
        var second = await client.SubmitAsync(Add("sh-2", "Bo"), bounded.Token);
        watch.Stop();

        Assert.True(second.GetProperty("ok").GetBoolean(), second.ToString());
        Assert.Equal(2, second.GetProperty("version").GetInt64());
        Assert.InRange(watch.Elapsed.TotalSeconds, 1, 10);

        // The frozen writer wakes up: its late commit is refused, and the log holds this node's version 2.
        await Assert.ThrowsAnyAsync<Exception>(() => transaction.CommitAsync(ct));
        var log = await server.GetService<RoomStore>().ReadSinceAsync(roomId, 0, 10, ct);
        Assert.Equal(["addStakeholder", "addStakeholder"], log.Select(o => o.Operation.Type));
    }

    private static AddStakeholder Add(string id, string name) => new(id, 0, 0, new Dictionary<string, string?> { ["name"] = name });
}
