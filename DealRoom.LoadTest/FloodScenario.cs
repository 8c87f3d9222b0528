using System.Diagnostics;
using System.Globalization;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.LoadTest;

/// <summary>
/// One client floods a room with submissions back to back while ten colleagues edit at a person's pace: first without
/// the flood, then with it, in the same run. Runs its own server with the real per-connection limit (50 a second),
/// so the flooder is answered rate_limited and the colleagues' acks should not notice.
/// </summary>
public static class FloodScenario
{
    public const string Name = "flood";
    private const int Colleagues = 10;
    private const int ColleagueEditsPerSecond = 5;

    public static async Task<ScenarioResult> RunAsync(TimeSpan duration, CancellationToken ct)
    {
        var result = new ScenarioResult(Name, $"{Colleagues} clients editing {ColleagueEditsPerSecond}/s each, measured {duration.TotalSeconds} s without and {duration.TotalSeconds} s with one client submitting back to back; per-connection limit 50/s (its own server)")
        {
            Rooms = 1, Clients = Colleagues + 1,
        };
        await using var server = new LoadServer(submitsPerSecondPerConnection: 50);
        var target = await LoadTarget.SignInAsync([server.BaseUrl], server.Services, ct);
        var roomId = await target.CreateRoomAsync("Load flood", ct);
        var clients = new List<LoadClient>();
        try
        {
            for (var i = 0; i <= Colleagues; i++)
            {
                var (url, token) = target.Node(i);
                var client = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: false, ct);
                await client.JoinAsync(ct);
                clients.Add(client);
                var added = await client.SubmitAsync(new AddStakeholder($"sh-flood-{i}", i * 10, 0, Fields($"Person {i}")), Ids.New("op"), ct);
                if (!added.Ok)
                {
                    result.Problem($"seeding client {i}: {added.ErrorCode}");
                }
            }

            var calm = await ColleaguesAsync(clients, duration, result, ct);
            result.Figure("colleagues' acks, no flood", calm.Summarize().ToString());

            using var stop = new CancellationTokenSource();
            long accepted = 0, limited = 0, other = 0;
            var flooder = Task.Run(async () =>
            {
                var n = 0;
                while (!stop.IsCancellationRequested)
                {
                    var outcome = await clients[^1].SubmitAsync(new MoveNode($"sh-flood-{Colleagues}", n++ % 500, 0), Ids.New("op"), CancellationToken.None);
                    _ = outcome.ErrorCode switch
                    {
                        null => Interlocked.Increment(ref accepted),
                        ErrorCodes.RateLimited => Interlocked.Increment(ref limited),
                        _ => Interlocked.Increment(ref other),
                    };
                }
            }, CancellationToken.None);
            var flooded = await ColleaguesAsync(clients, duration, result, ct);
            await stop.CancelAsync();
            await flooder;

            result.Figure("colleagues' acks, flood", flooded.Summarize().ToString());
            result.Figure("flooder", FormattableString.Invariant(
                $"{accepted:N0} accepted ({accepted / duration.TotalSeconds:0}/s), {limited:N0} rate_limited, {other} other errors"));
            result.MeasuredSeconds = duration.TotalSeconds * 2;
            result.ReplicasChecked = result.ReplicasConverged = 1;
            if (other > 0)
            {
                result.Problem($"the flooder got {other} errors other than rate_limited");
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }

        return result;
    }

    /// <summary>Each colleague moves their own card at a person's pace; returns their ack latencies.</summary>
    private static async Task<LatencyStats> ColleaguesAsync(List<LoadClient> clients, TimeSpan duration, ScenarioResult result, CancellationToken ct)
    {
        var acks = new LatencyStats();
        var refused = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, Colleagues).Select(i => Task.Run(async () =>
        {
            var n = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await clients[i].SubmitAsync(new MoveNode($"sh-flood-{i}", n++ % 300, 50), Ids.New("op"), ct);
                acks.AddSince(started);
                if (!outcome.Ok)
                {
                    Interlocked.Increment(ref refused);
                    result.Problem(string.Create(CultureInfo.InvariantCulture, $"colleague {i} was refused: {outcome.ErrorCode}"));
                }

                await Task.Delay(1000 / ColleagueEditsPerSecond, ct);
            }
        }, ct)));
        result.Errors += refused;
        return acks;
    }

    private static Dictionary<string, string?> Fields(string name) => new() { ["name"] = name };
}
