using System.Diagnostics;
using System.Globalization;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.LoadTest;

/// <summary>The scenarios of issue 5, each a bounded run that prints its figures.</summary>
public static class Scenarios
{
    public static readonly string[] Names =
        ["room20", "room50", "rooms100", "sequencer", "sequencer-inproc", "catchup", "bigroom", FloodScenario.Name, TimeMachineScenario.Name, .. BrowserScenarios.Names];

    public static async Task<ScenarioResult?> RunAsync(string name, LoadTarget target, TimeSpan warmup, TimeSpan duration, CancellationToken ct) => name switch
    {
        "room20" => await MixedLoad.RunAsync(target, name, new MixedLoadOptions { ClientsPerRoom = 20, DraggersPerRoom = 10, Warmup = warmup, Duration = duration }, ct),
        "room50" => await MixedLoad.RunAsync(target, name, new MixedLoadOptions { ClientsPerRoom = 50, DraggersPerRoom = 10, Warmup = warmup, Duration = duration }, ct),
        "rooms100" => await MixedLoad.RunAsync(target, name, new MixedLoadOptions
        {
            Rooms = 100, ClientsPerRoom = 10, DraggersPerRoom = 0, EditsPerSecond = 1,
            SeedStakeholders = 12, SeedVisionElements = 6, SeedRelationships = 12, Warmup = warmup, Duration = duration,
        }, ct),
        "sequencer" => await SequencerOverHubAsync(target, 64, warmup, duration, ct),
        "sequencer-inproc" => target.Services is null ? null : await SequencerInProcessAsync(target, 64, warmup, duration, ct),
        "catchup" => await CatchUpAsync(target, 1_000, 10, ct),
        "bigroom" => await BigRoomAsync(target, warmup, duration, ct),
        FloodScenario.Name => target.Services is null ? null : await FloodScenario.RunAsync(duration, ct),
        TimeMachineScenario.Name => target.Services is null ? null : await TimeMachineScenario.RunAsync(target, ct),
        _ when BrowserScenarios.Names.Contains(name) => await BrowserScenarios.RunAsync(name, target, new BrowserOptions(), ct),
        _ => throw new ArgumentException($"Unknown scenario '{name}'. Known: {string.Join(", ", Names)}"),
    };

    /// <summary>
    /// 64 operations in flight in one room over the hub. SignalR runs one invocation per connection at a time
    /// (MaximumParallelInvocationsPerClient = 1), so 64 connections each keep one Submit in flight. Every one of them
    /// has joined the room (Submit requires it), so each operation is also broadcast to 64 connections; the
    /// submitters ignore broadcasts (no replica) and one extra observer keeps a replica for the convergence check.
    /// </summary>
    public static async Task<ScenarioResult> SequencerOverHubAsync(LoadTarget target, int inFlight, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        var result = new ScenarioResult("sequencer", $"one room, {inFlight} connections each with one Submit in flight (moves and title edits), no think time; warm-up {warmup.TotalSeconds} s, measured {duration.TotalSeconds} s")
        {
            Rooms = 1, Clients = inFlight + 1,
        };
        var run = new RunState(result);
        var roomId = await target.CreateRoomAsync("Load sequencer", ct);
        var clients = await MixedLoad.Parallel(Enumerable.Range(0, inFlight + 1), 32, async n =>
        {
            var (url, token) = target.Node(n);
            return await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: n == inFlight, ct);
        });
        try
        {
            await clients[0].JoinAsync(ct);
            for (var i = 0; i < inFlight; i++)
            {
                await run.SubmitAsync(clients[0], new AddStakeholder($"sh-seq-{i}", i * 10, 0, OperationMix.F(("name", $"Node {i}"))), 0, trackFanOut: false);
            }

            await MixedLoad.Parallel(clients.Skip(1), 32, async c => await c.JoinAsync(ct));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var drivers = clients.Take(inFlight).Select((client, n) => Task.Run(async () =>
            {
                var mix = new OperationMix(n, $"q{n}");
                while (!stop.IsCancellationRequested)
                {
                    await run.SubmitAsync(client, mix.Cheap($"sh-seq-{n}"), 0, trackFanOut: false);
                }
            }, CancellationToken.None)).ToArray();

            var measured = await Measure(run, warmup, duration, ct);
            await stop.CancelAsync();
            await Task.WhenAll(drivers);
            await Convergence.CheckAsync(target, clients, result, run, ct);
            run.Report(result, measured, fanOut: false);
        }
        finally
        {
            await MixedLoad.Parallel(clients, 64, async c =>
            {
                await c.DisposeAsync();
                return 0;
            });
        }

        return result;
    }

    /// <summary>
    /// The sequencer and the durable op log alone: 64 tasks each keep one RoomSession.SubmitAsync in flight on a room
    /// nobody has joined (validation, apply, group commit to SQLite, gap evaluation, publish to an empty hub group).
    /// Only when the server runs in this process. The check: a fresh load of the room from the database equals the
    /// session's state.
    /// </summary>
    public static async Task<ScenarioResult> SequencerInProcessAsync(LoadTarget target, int inFlight, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        var result = new ScenarioResult("sequencer-inproc", $"one room, {inFlight} RoomSession.SubmitAsync in flight in the server's process (no SignalR), moves and title edits; warm-up {warmup.TotalSeconds} s, measured {duration.TotalSeconds} s")
        {
            Rooms = 1, Clients = 0,
        };
        var run = new RunState(result);
        var services = target.Services!;
        var roomId = await target.CreateRoomAsync("Load sequencer in-process", ct);
        var session = await services.GetRequiredService<RoomRegistry>().GetAsync(roomId, ct) ?? throw new InvalidOperationException("No session");
        var author = new Author("u-load", "Load");
        for (var i = 0; i < inFlight; i++)
        {
            await session.SubmitAsync(new Submission(Ids.New("op"), new AddStakeholder($"sh-seq-{i}", i * 10, 0, OperationMix.F(("name", $"Node {i}"))), author), ct);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        long acknowledged = 0;
        var drivers = Enumerable.Range(0, inFlight).Select(n => Task.Run(async () =>
        {
            var mix = new OperationMix(n, $"p{n}");
            while (!stop.IsCancellationRequested)
            {
                var measuring = run.Measuring;
                var started = Stopwatch.GetTimestamp();
                var answer = await session.SubmitAsync(new Submission(Ids.New("op"), mix.Cheap($"sh-seq-{n}"), author), CancellationToken.None);
                if (!answer.Accepted)
                {
                    run.Error($"in-process submit refused: {answer.Error?.Code}");
                }
                else if (measuring)
                {
                    run.Ack.AddSince(started);
                    Interlocked.Increment(ref acknowledged);
                }
            }
        }, CancellationToken.None)).ToArray();

        var measured = await Measure(run, warmup, duration, ct);
        await stop.CancelAsync();
        await Task.WhenAll(drivers);
        run.Report(result, measured, fanOut: false);
        result.Acknowledged = acknowledged;

        var fresh = await services.GetRequiredService<RoomStore>().LoadAsync(roomId, ct);
        result.ReplicasChecked = 1;
        if (fresh is not null && SnapshotJson.ToJson(fresh.State, false) == SnapshotJson.ToJson(session.State, false))
        {
            result.ReplicasConverged = 1;
        }
        else
        {
            result.Problem("a fresh load of the op log differs from the session's state");
        }

        result.Figure("room version", session.State.Version.ToString("N0", CultureInfo.InvariantCulture));
        return result;
    }

    /// <summary>
    /// A client that missed operations: it holds a replica at version v, disconnects, the room moves on by
    /// <paramref name="missed"/> operations, then it reconnects and joins with sinceVersion = v. Measured: the new
    /// connection's start, and JoinRoom → replica current (every missed operation applied). The first round warms up.
    /// </summary>
    public static async Task<ScenarioResult> CatchUpAsync(LoadTarget target, int missed, int rounds, CancellationToken ct)
    {
        var result = new ScenarioResult("catchup", $"a client that missed {missed:N0} operations rejoins with sinceVersion; {rounds} rounds after one warm-up round")
        {
            Rooms = 1, Clients = 9,
        };
        var run = new RunState(result);
        var roomId = await target.CreateRoomAsync("Load catch-up", ct);
        var writers = await MixedLoad.Parallel(Enumerable.Range(0, 8), 8, async n =>
        {
            var (url, token) = target.Node(n);
            return await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: n == 0, ct);
        });
        var connect = new LatencyStats();
        var join = new LatencyStats();
        var total = new LatencyStats();
        try
        {
            await writers[0].JoinAsync(ct);
            foreach (var op in OperationMix.SeedRoom(30, 10, 30))
            {
                await run.SubmitAsync(writers[0], op, 0, trackFanOut: false);
            }

            await MixedLoad.Parallel(writers.Skip(1), 8, async w => await w.JoinAsync(ct));
            var (url, token) = target.Node(0);
            var laggard = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
            await laggard.JoinAsync(ct);
            for (var round = 0; round <= rounds; round++)
            {
                var state = laggard.State!;
                await laggard.DisposeAsync();
                await MixedLoad.Parallel(Enumerable.Range(0, writers.Count), writers.Count, async w =>
                {
                    var mix = new OperationMix(round * 100 + w, $"k{w}");
                    for (var i = w; i < missed; i += writers.Count)
                    {
                        await run.SubmitAsync(writers[w], mix.Cheap($"sh-seed-{i % 30}"), 0, trackFanOut: false);
                    }

                    return w;
                });

                var started = Stopwatch.GetTimestamp();
                laggard = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct, resumeFrom: state);
                var connected = Stopwatch.GetTimestamp();
                var version = await laggard.JoinAsync(ct, state.Version);
                if (!await laggard.WaitForVersionAsync(version, TimeSpan.FromSeconds(10), ct))
                {
                    run.Error($"catch-up round {round}: replica stayed at v{laggard.Version}, expected v{version}");
                }

                if (round > 0)
                {
                    connect.Add(Stopwatch.GetElapsedTime(started, connected).TotalMilliseconds);
                    join.AddSince(connected);
                    total.AddSince(started);
                }

                if (version - state.Version < missed)
                {
                    run.Error($"catch-up round {round}: only {version - state.Version} operations were missed");
                }
            }

            await Convergence.CheckAsync(target, [laggard, writers[0]], result, run, ct);
            await laggard.DisposeAsync();
        }
        finally
        {
            foreach (var w in writers)
            {
                await w.DisposeAsync();
            }
        }

        result.Figure("JoinRoom->current", join);
        result.Figure("reconnect", connect);
        result.Figure("both", total);
        result.Refused = run.Refused;
        result.Errors = run.Errors;
        return result;
    }

    /// <summary>
    /// A room of 500 stakeholders and 800 relationships (built through Submit): drags and edits by 10 clients, then
    /// the server snapshot (GET /api/rooms/{id}/snapshot and a full JoinRoom) timed 30 times after 5 warm-ups.
    /// </summary>
    public static async Task<ScenarioResult> BigRoomAsync(LoadTarget target, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        var rest = new LatencyStats();
        var joins = new LatencyStats();
        var size = 0;
        var options = new MixedLoadOptions
        {
            ClientsPerRoom = 10, DraggersPerRoom = 5, SeedStakeholders = 500, SeedRelationships = 800, SeedVisionElements = 20,
            Warmup = warmup, Duration = duration,
        };
        var result = await MixedLoad.RunAsync(target, "bigroom", options, ct, async (rooms, clients) =>
        {
            var (url, token) = target.Node(0);
            await using var joiner = await LoadClient.ConnectAsync(url, token, rooms[0], null, keepReplica: true, ct);
            for (var i = 0; i < 35; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var (_, json) = await target.SnapshotAsync(rooms[0], ct);
                if (i >= 5)
                {
                    rest.AddSince(started);
                }

                size = json.Length;
                started = Stopwatch.GetTimestamp();
                await joiner.JoinAsync(ct);
                if (i >= 5)
                {
                    joins.AddSince(started);
                }
            }
        });
        result.Figure("GET snapshot", rest);
        result.Figure("JoinRoom (full)", joins);
        result.Figure("snapshot size", FormattableString.Invariant($"{size / 1024.0:0.0} KiB"));
        return result;
    }

    private static async Task<double> Measure(RunState run, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        await Task.Delay(warmup, ct);
        run.Measuring = true;
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(duration, ct);
        run.Measuring = false;
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
