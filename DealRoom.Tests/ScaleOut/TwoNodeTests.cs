using System.Diagnostics;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// Two app nodes on one PostgreSQL database with Redis between them (the backplane for hub clients, the room bus
/// that wakes the other node's session), exactly as deployed: real servers on loopback, real Kestrel ports, real
/// SignalR clients over WebSockets on both nodes in one room.
/// </summary>
public sealed class TwoNodeTests(ScaleOutServers servers, ITestOutputHelper output) : IClassFixture<ScaleOutServers>
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TwoNodes_ShouldConvergeOnTheDatabase_WhenClientsOnBothEditOneRoomAtOnce()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        var settings = await servers.NodeSettingsAsync("converge", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var (roomId, ownerToken, editorToken) = await CreateRoomAsync(a, b, ct);

        // Six clients, three per node; tokens from one node used on the other (shared data protection keys).
        var clients = new List<FailoverClient>();
        for (var k = 0; k < 6; k++)
        {
            var node = k % 2 == 0 ? a : b;
            clients.Add(await FailoverClient.JoinAsync($"c{k}", node, roomId, k % 3 == 0 ? editorToken : ownerToken, 100 + k, ct));
        }

        try
        {
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select(c => Task.Run(() => c.RunAsync(50, c.Node, Task.Delay(Timeout.Infinite, ct), ct), ct)));
            output.WriteLine($"workload: {clients.Sum(c => c.Acked.Count)} acked, {clients.Sum(c => c.Refused)} refused in {watch.ElapsedMilliseconds} ms");

            // One last edit on node A with node B idle: only the Redis room bus can bring B's session to it.
            var last = await clients[0].Client.SubmitAsync(new UpdateRoom(new Dictionary<string, string?> { ["compellingEvent"] = "Board meeting" }), ct);
            Assert.True(last.GetProperty("ok").GetBoolean(), last.ToString());

            var database = await FreshLoadAsync(a, roomId, ct);
            var acked = clients.SelectMany(c => c.Acked).Append(("last", last.GetProperty("version").GetInt64())).ToList();
            Assert.Equal(acked.Count, database.Version);
            Assert.Equal(acked.Count, acked.Select(x => x.Item2).Distinct().Count());
            await AssertInOpLogAsync(a, roomId, clients.SelectMany(c => c.Acked), ct);
            await AssertConvergedAsync(database, clients.Select(c => c.Client), [a, b], roomId, ct);

            // Room affinity: one node wrote the room, the other forwarded to it, and no version race was ever lost.
            var (ca, cb) = (a.GetService<RoomRegistry>().Counters, b.GetService<RoomRegistry>().Counters);
            output.WriteLine($"node A: {ca.Forwarded} forwarded, {ca.Served} served; node B: {cb.Forwarded} forwarded, {cb.Served} served");
            Assert.Equal((0L, 0L), (ca.Conflicts, cb.Conflicts));
            Assert.Single(new[] { a, b }, node => node.GetService<RoomRegistry>().Loaded(roomId)!.IsWriter);
            Assert.True(ca.Served > 0 ^ cb.Served > 0, "exactly one node should have served forwarded submissions");
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task KilledNode_ShouldLoseNoAcknowledgedOperation_WhenItsClientsMoveToTheOtherNode()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        var settings = await servers.NodeSettingsAsync("failover", ct);
        await using var a = new DealRoomServer(settings: settings);
        var b = new DealRoomServer(settings: settings);
        var bDisposed = false;
        var clients = new List<FailoverClient>();
        try
        {
            var (roomId, ownerToken, editorToken) = await CreateRoomAsync(a, b, ct);

            // Node B writes the room (it takes the lease with a first edit), so killing it forces a take-over.
            var onB0 = (await b.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
            var first = await onB0.SubmitAsync(new Submission("op-first", new UpdateRoom(new Dictionary<string, string?> { ["compellingEvent"] = "Kick-off" }), new Author("seed", "Seed")), ct);
            Assert.True(first.Accepted && onB0.IsWriter, first.Error?.Message);
            for (var k = 0; k < 4; k++)
            {
                var node = k < 2 ? a : b;
                clients.Add(await FailoverClient.JoinAsync($"f{k}", node, roomId, k % 2 == 0 ? ownerToken : editorToken, 200 + k, ct));
            }

            var onB = clients.Where(c => c.Node == b).ToList();
            var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var watch = Stopwatch.StartNew();
            var runs = clients.Select(c => Task.Run(() => c.RunAsync(80, a, lost.Task, ct), ct)).ToList();

            // Kill node B while its clients are mid-workload: after they have had some acks, long before they finish.
            while (onB.Sum(c => c.Acked.Count) < 30)
            {
                Assert.True(watch.Elapsed < Settle, "node B's clients made no progress");
                Assert.DoesNotContain(runs, r => r.IsFaulted);
                await Task.Delay(5, ct);
            }

            var ackedBeforeKill = onB.Sum(c => c.Acked.Count);
            Assert.Equal((0L, 0L), (a.GetService<RoomRegistry>().Counters.Conflicts, b.GetService<RoomRegistry>().Counters.Conflicts));
            Assert.True(a.GetService<RoomRegistry>().Counters.Forwarded > 0, "node A's clients should have gone through node B");
            lost.SetResult();
            bDisposed = true;
            await b.DisposeAsync();
            output.WriteLine($"node B stopped after {watch.ElapsedMilliseconds} ms, its clients had {ackedBeforeKill} acks");

            await Task.WhenAll(runs);
            output.WriteLine($"workload: {clients.Sum(c => c.Acked.Count)} acked, {clients.Sum(c => c.Refused)} refused, " +
                $"{clients.Sum(c => c.Reconnects)} reconnects, {clients.Sum(c => c.Resubmitted)} resubmitted " +
                $"({clients.Sum(c => c.DuplicateAcks)} answered as duplicates) in {watch.ElapsedMilliseconds} ms");
            Assert.All(onB, c =>
            {
                Assert.Equal(1, c.Reconnects);
                Assert.Same(a, c.Node);
            });

            Assert.All(clients, c => Assert.Equal(80, c.Acked.Count + c.Refused));

            // Every acknowledged operation is in the op log at the version its ack named, from both nodes' lives.
            var database = await FreshLoadAsync(a, roomId, ct);
            var acked = clients.SelectMany(c => c.Acked).ToList();
            Assert.Equal(acked.Count, acked.Select(x => x.OpId).Distinct().Count());
            Assert.Equal(acked.Count, acked.Select(x => x.Version).Distinct().Count());
            await AssertInOpLogAsync(a, roomId, acked, ct);
            Assert.True(database.Version >= acked.Count);
            await AssertConvergedAsync(database, clients.Select(c => c.Client), [a], roomId, ct);

            // The survivor took the room over and sequences it now.
            var counters = a.GetService<RoomRegistry>().Counters;
            output.WriteLine($"node A: {counters.Forwarded} forwarded, {counters.TakeOvers} take-overs, {counters.Conflicts} conflicts after the kill");
            Assert.True(a.GetService<RoomRegistry>().Loaded(roomId)!.IsWriter);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            if (!bDisposed)
            {
                await b.DisposeAsync();
            }
        }
    }

    /// <summary>A room owned by the demo owner with the demo expert as editor; each node signs in one of them.</summary>
    private static async Task<(string RoomId, string OwnerToken, string EditorToken)> CreateRoomAsync(
        DealRoomServer a, DealRoomServer b, CancellationToken ct)
    {
        var roomId = await TestRooms.CreateAsync(a, ct, "Two-node room");
        await TestRooms.AddMemberAsync(a, roomId, DemoUsers.Expert.Email, RoomRole.Editor, ct);
        return (roomId, await a.OwnerTokenAsync(ct), await b.TokenAsync(DemoUsers.Expert.Email, DemoUsers.Expert.Password, ct));
    }

    /// <summary>The room as the database holds it, loaded afresh (not a session's memory).</summary>
    private static async Task<RoomState> FreshLoadAsync(DealRoomServer node, string roomId, CancellationToken ct) =>
        (await node.GetService<RoomStore>().LoadAsync(roomId, ct))!.State;

    private static async Task AssertInOpLogAsync(
        DealRoomServer node, string roomId, IEnumerable<(string OpId, long Version)> acked, CancellationToken ct)
    {
        var store = node.GetService<RoomStore>();
        foreach (var (opId, version) in acked)
        {
            Assert.Equal(version, await store.FindVersionAsync(roomId, opId, ct));
        }
    }

    /// <summary>Every client's replica and every node's session reach the database's version with the same canonical state.</summary>
    private static async Task AssertConvergedAsync(
        RoomState database, IEnumerable<RoomClient> clients, IEnumerable<DealRoomServer> nodes, string roomId, CancellationToken ct)
    {
        var expected = SnapshotJson.ToJson(database, includeBaseline: false);
        foreach (var client in clients)
        {
            await client.WaitForVersionAsync(database.Version, Settle, ct);
            Assert.Equal(database.Version, client.Version);
            Assert.Equal(expected, SnapshotJson.ToJson(client.State!, includeBaseline: false));
        }

        foreach (var node in nodes)
        {
            var registry = node.GetService<RoomRegistry>();
            var watch = Stopwatch.StartNew();
            while ((registry.Loaded(roomId)?.State.Version ?? -1) < database.Version)
            {
                Assert.True(watch.Elapsed < Settle, $"the session on {node.BaseUrl} stayed at {registry.Loaded(roomId)?.State.Version}");
                await Task.Delay(10, ct);
            }

            var session = registry.Loaded(roomId)!;
            Assert.Equal(database.Version, session.State.Version);
            Assert.Equal(expected, SnapshotJson.ToJson(session.State, includeBaseline: false));
        }
    }
}
