using System.Collections.Concurrent;
using System.Diagnostics;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Crash;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// Two real app processes on PostgreSQL and Redis; the room's owner is frozen with SIGSTOP under write load (its
/// sockets stay open, so nothing looks dead): the other node's clients are acknowledged within seconds, and after
/// SIGCONT nothing acknowledged is lost or moved.
/// </summary>
public sealed class FrozenOwnerProcessTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    private const string RoomId = "room-northwind-crm";
    private const string Email = "alex@dealroom.demo";
    private const string Password = "DemoOwner-2026";

    [Fact]
    public async Task OtherNode_ShouldBeAcknowledgedWithinSeconds_WhenTheOwnerIsFrozenMidStream_AndLoseNothingAfterItThaws()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("sigstop", ct);
        await using var owner = await AppProcess.StartAsync(settings, ct);
        await using var other = await AppProcess.StartAsync(settings, ct);
        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await using var onOwner = await RoomClient.ConnectAsync(owner.HubUrl, RoomId, await owner.TokenAsync(Email, Password, ct), ct);
        await using var onOther = await RoomClient.ConnectAsync(other.HubUrl, RoomId, await other.TokenAsync(Email, Password, ct), ct);
        await onOwner.JoinAsync(ct);
        await Record(onOwner, "own-0", new MoveNode("sh-erik", 1, 1), acknowledged, ct); // the first submission takes the lease
        await onOther.JoinAsync(ct);

        // The owner's client writes back to back; the owner is frozen once 100 of its operations are acknowledged.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    await Record(onOwner, $"own-{n}", new MoveNode("sh-erik", n % 300, 5), acknowledged, CancellationToken.None);
                }
                catch (Exception)
                {
                    // A submission the frozen node could not answer in time: not acknowledged, not counted.
                }
            }
        }, CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count > 100), "the owner's client got 100 acks", TimeSpan.FromSeconds(60));
        await owner.SignalAsync("STOP");
        var frozenAt = Stopwatch.StartNew();

        // The other node's client: acknowledged within seconds although the owner holds its sockets open.
        var first = await onOther.SubmitAsync(new MoveNode("sh-maria", 7, 7), ct, "other-0");
        var firstAck = frozenAt.Elapsed;
        Assert.True(first.GetProperty("ok").GetBoolean(), first.ToString());
        acknowledged["other-0"] = first.GetProperty("version").GetInt64();
        for (var n = 1; n <= 20; n++)
        {
            await Record(onOther, $"other-{n}", new MoveNode("sh-maria", n, 9), acknowledged, ct);
        }

        Assert.True(firstAck < TimeSpan.FromSeconds(10), $"first ack on the other node after {firstAck.TotalSeconds:0.0} s");

        // Thaw the owner after 12 s in all; its late writes must not take anyone's version.
        var rest = TimeSpan.FromSeconds(12) - frozenAt.Elapsed;
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, ct); // the freeze itself: what is measured is how long it lasts
        }

        await owner.SignalAsync("CONT");
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Keys.Count(k => k.StartsWith("own-", StringComparison.Ordinal)) > 110),
            "the thawed node's client is acknowledged again", TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await writer;

        // Every acknowledged opId answers duplicate at the version its ack named, on either node.
        foreach (var (opId, version) in acknowledged)
        {
            var again = await onOther.SubmitAsync(new MoveNode("sh-maria", 0, 0), ct, opId);
            Assert.True(again.GetProperty("duplicate").GetBoolean(), $"{opId}: {again}");
            Assert.Equal(version, again.GetProperty("version").GetInt64());
        }

        Assert.Equal(acknowledged.Count, acknowledged.Values.Distinct().Count());
    }

    private static async Task Record(RoomClient client, string opId, Operation operation, ConcurrentDictionary<string, long> acknowledged, CancellationToken ct)
    {
        var answer = await client.SubmitAsync(operation, ct, opId);
        if (answer.GetProperty("ok").GetBoolean())
        {
            acknowledged[opId] = answer.GetProperty("version").GetInt64();
        }
    }
}
