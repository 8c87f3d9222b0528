using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>The process's one op-log writer: whoever finds it free writes for everyone queued (flat combining).</summary>
public sealed class OpLogWriterTests
{
    [Fact]
    public async Task ConcurrentRooms_ShouldEachHaveEveryBatchDurableInOrder_WhenTheyAppendAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var writer = server.GetService<OpLogWriter>();
        var store = server.GetService<RoomStore>();
        var rooms = new List<string>();
        for (var r = 0; r < 24; r++)
        {
            rooms.Add(await TestRooms.CreateAsync(server, ct));
        }

        // Each room appends 30 batches of 1–3 operations one after another, all rooms at once, from pool threads.
        const int batches = 30;
        var expected = await Task.WhenAll(rooms.Select(roomId => Task.Run(async () =>
        {
            var version = 0L;
            for (var b = 0; b < batches; b++)
            {
                var batch = Enumerable.Range(0, 1 + (b % 3)).Select(_ => Operation(roomId, ++version)).ToList();
                await writer.AppendAsync(roomId, batch);
            }

            return (roomId, version);
        }, ct))).WaitAsync(TimeSpan.FromMinutes(1), ct); // a lost wake-up would leave a batch waiting forever

        foreach (var (roomId, version) in expected)
        {
            var stored = await store.ReadSinceAsync(roomId, 0, int.MaxValue, ct);
            Assert.Equal(Enumerable.Range(1, (int)version).Select(v => (long)v), stored.Select(o => o.Version));
            Assert.All(stored, o => Assert.Equal($"{roomId}-{o.Version}", o.OpId));
        }
    }

    [Fact]
    public async Task ConflictingBatch_ShouldFailOnlyItsRoom_WhenWrittenInOneTransactionWithOthers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var writer = server.GetService<OpLogWriter>();
        var store = server.GetService<RoomStore>();
        var taken = await TestRooms.CreateAsync(server, ct);
        var others = new List<string>();
        for (var r = 0; r < 8; r++)
        {
            others.Add(await TestRooms.CreateAsync(server, ct));
        }

        await writer.AppendAsync(taken, [Operation(taken, 1)]);

        // Version 1 of the first room is taken (as if by another node); the other rooms' batches queue beside it.
        var conflicting = writer.AppendAsync(taken, [Operation(taken, 1, "again")]);
        var fine = others.Select(roomId => writer.AppendAsync(roomId, [Operation(roomId, 1), Operation(roomId, 2)])).ToList();

        await Assert.ThrowsAsync<OpLogConflictException>(() => conflicting);
        await Task.WhenAll(fine).WaitAsync(TimeSpan.FromMinutes(1), ct);
        foreach (var roomId in others)
        {
            Assert.Equal(2, (await store.ReadSinceAsync(roomId, 0, int.MaxValue, ct)).Count);
        }

        Assert.Equal($"{taken}-1", Assert.Single(await store.ReadSinceAsync(taken, 0, int.MaxValue, ct)).OpId);
    }

    [Fact]
    public async Task DisposedWriter_ShouldRefuseNewBatches_AfterWritingWhatWasQueued()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var store = server.GetService<RoomStore>();
        var rooms = new List<string>();
        for (var r = 0; r < 20; r++)
        {
            rooms.Add(await TestRooms.CreateAsync(server, ct));
        }

        var writer = new OpLogWriter(store, Microsoft.Extensions.Logging.Abstractions.NullLogger<OpLogWriter>.Instance);
        var appends = rooms.Select(roomId => Task.Run(() => writer.AppendAsync(roomId, [Operation(roomId, 1)]), ct)).ToList();
        await Task.WhenAll(appends);
        await writer.DisposeAsync();

        foreach (var roomId in rooms)
        {
            Assert.Equal($"{roomId}-1", Assert.Single(await store.ReadSinceAsync(roomId, 0, int.MaxValue, ct)).OpId);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.AppendAsync(rooms[0], [Operation(rooms[0], 2)]));
    }

    [Fact]
    public async Task OtherWrite_ShouldRunBetweenAppends_NeverBesideOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var writer = server.GetService<OpLogWriter>();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var otherStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act: another write holds the writer; a room appends meanwhile.
        var other = Task.Run(() => writer.WriteBetweenAsync(async () =>
        {
            otherStarted.SetResult();
            await release.Task;
        }), ct);
        await otherStarted.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        var append = Task.Run(() => writer.AppendAsync(roomId, [Operation(roomId, 1)]), ct);
        var appendedBeside = await Task.WhenAny(append, Task.Delay(TimeSpan.FromMilliseconds(300), ct)) == append;
        release.SetResult();

        // Assert: the append waited for the other write, then went through.
        Assert.False(appendedBeside, "the append was written beside the other write");
        await Task.WhenAll(other, append).WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.Equal([1L], (await server.GetService<RoomStore>().ReadSinceAsync(roomId, 0, 10, ct)).Select(o => o.Version));
    }

    private static CommittedOperation Operation(string roomId, long version, string suffix = "") =>
        new(version, $"{roomId}-{version}{suffix}", "author", "Author", DateTimeOffset.UtcNow, new MoveNode("s1", version, version));
}
