using System.Diagnostics;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.LoadTest;

/// <summary>How a mixed-load scenario is shaped.</summary>
public sealed record MixedLoadOptions
{
    public int Rooms { get; init; } = 1;
    public int ClientsPerRoom { get; init; } = 20;

    /// <summary>Clients per room that drag a node: a move every 1/30 s at most while the gesture lasts, coalesced.</summary>
    public int DraggersPerRoom { get; init; } = 10;

    /// <summary>Operations per second of each client that is not dragging (field edits, adds, links, deletes).</summary>
    public double EditsPerSecond { get; init; } = 1;

    public int SeedStakeholders { get; init; } = 30;
    public int SeedVisionElements { get; init; } = 10;
    public int SeedRelationships { get; init; } = 30;
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
}

/// <summary>
/// The core of the load tool: rooms created over REST, real SignalR clients spread over rooms (and over nodes,
/// round robin), each room seeded, then drags and edits for a bounded time, then the convergence check.
/// </summary>
public static class MixedLoad
{
    private const double MovesPerSecond = 30;

    public static async Task<ScenarioResult> RunAsync(
        LoadTarget target, string name, MixedLoadOptions options, CancellationToken cancellationToken, Func<IReadOnlyList<string>, IReadOnlyList<LoadClient>, Task>? afterLoad = null)
    {
        var result = new ScenarioResult(name, Describe(options)) { Rooms = options.Rooms, Clients = options.Rooms * options.ClientsPerRoom };
        var run = new RunState(result);
        var rooms = await Parallel(Enumerable.Range(0, options.Rooms), 8, i => target.CreateRoomAsync($"Load {name} {i}", cancellationToken));

        // Connect every client (spread over the nodes), then seed each room through its first client.
        var clients = await Parallel(Enumerable.Range(0, rooms.Count * options.ClientsPerRoom), 32, async n =>
        {
            var (url, token) = target.Node(n);
            return await LoadClient.ConnectAsync(url, token, rooms[n / options.ClientsPerRoom], run.Tracker, keepReplica: true, cancellationToken);
        });
        try
        {
            await Parallel(Enumerable.Range(0, rooms.Count), 16, async r =>
            {
                var seeder = clients[r * options.ClientsPerRoom];
                await seeder.JoinAsync(cancellationToken);
                var seed = OperationMix.SeedRoom(options.SeedStakeholders, options.SeedVisionElements, options.SeedRelationships)
                    .Concat(Enumerable.Range(0, options.DraggersPerRoom).Select(d => (Operation)new AddStakeholder(
                        $"sh-drag-{d}", 100 * d, -200, OperationMix.F(("name", $"Dragged {d}")))));
                foreach (var op in seed)
                {
                    if (await run.SubmitAsync(seeder, op, 0, trackFanOut: false) is not { Ok: true })
                    {
                        throw new InvalidOperationException($"Seeding {rooms[r]} failed at {op.Type}.");
                    }
                }

                return r;
            });
            await Parallel(clients.Where((c, n) => n % options.ClientsPerRoom != 0), 32, async c => await c.JoinAsync(cancellationToken));

            // Drive the load: warm up, measure, stop; in-flight submissions finish.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var drivers = clients.Select((client, n) =>
            {
                var inRoom = n % options.ClientsPerRoom;
                var receivers = options.ClientsPerRoom - 1;
                return Task.Run(() => inRoom < options.DraggersPerRoom
                    ? DragAsync(client, $"sh-drag-{inRoom}", run, receivers, stop.Token)
                    : EditAsync(client, new OperationMix(n, $"c{n}"), options.EditsPerSecond, run, receivers, stop.Token), CancellationToken.None);
            }).ToArray();

            await Task.Delay(options.Warmup, cancellationToken);
            run.Measuring = true;
            var started = Stopwatch.GetTimestamp();
            await Task.Delay(options.Duration, cancellationToken);
            run.Measuring = false;
            var measured = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await stop.CancelAsync();
            await Task.WhenAll(drivers);

            await Convergence.CheckAsync(target, clients, result, run, cancellationToken);
            run.Report(result, measured, fanOut: true);
            if (afterLoad is not null)
            {
                await afterLoad(rooms, clients);
            }
        }
        finally
        {
            await Parallel(clients, 64, async c =>
            {
                await c.DisposeAsync();
                return 0;
            });
        }

        return result;
    }

    private static string Describe(MixedLoadOptions o) =>
        FormattableString.Invariant(
            $"{o.Rooms} room(s) x {o.ClientsPerRoom} clients, {o.DraggersPerRoom} dragging per room (<= {MovesPerSecond} moves/s), ") +
        FormattableString.Invariant(
            $"the others {o.EditsPerSecond} edit/s; rooms seeded with {o.SeedStakeholders} stakeholders, {o.SeedRelationships} relationships, {o.SeedVisionElements} vision elements; ") +
        FormattableString.Invariant($"warm-up {o.Warmup.TotalSeconds} s, measured {o.Duration.TotalSeconds} s");

    /// <summary>Field edits, adds, links and deletes at a steady rate with jitter.</summary>
    private static async Task EditAsync(LoadClient client, OperationMix mix, double perSecond, RunState run, int receivers, CancellationToken stop)
    {
        var random = new Random(client.Id);
        var interval = 1000 / perSecond;
        if (!await Pause(random.NextDouble() * interval, stop))
        {
            return;
        }

        while (!stop.IsCancellationRequested)
        {
            await run.SubmitAsync(client, mix.Next(client.State!), receivers);
            if (!await Pause(interval * (0.5 + random.NextDouble()), stop))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Drag gestures of 1–3 s on one node with pauses between them. At most one move per 1/30 s, and never more
    /// than one in flight: when an ack is late, the next move carries the latest position (coalesced).
    /// </summary>
    private static async Task DragAsync(LoadClient client, string nodeId, RunState run, int receivers, CancellationToken stop)
    {
        var random = new Random(client.Id);
        var tick = 1000 / MovesPerSecond;
        if (!await Pause(random.NextDouble() * 500, stop))
        {
            return;
        }

        while (!stop.IsCancellationRequested)
        {
            var gesture = Stopwatch.GetTimestamp();
            var length = 1000 + random.Next(2000);
            var (x0, y0) = (random.Next(0, 1500), random.Next(0, 1000));
            while (!stop.IsCancellationRequested)
            {
                var elapsed = Stopwatch.GetElapsedTime(gesture).TotalMilliseconds;
                var done = elapsed >= length;
                var t = Math.Min(elapsed, length);
                await run.SubmitAsync(client, new MoveNode(nodeId, Math.Round(x0 + t * 0.2, 1), Math.Round(y0 + 40 * Math.Sin(t / 300), 1)), receivers);
                if (done)
                {
                    break;
                }

                var next = tick - Stopwatch.GetElapsedTime(gesture).TotalMilliseconds % tick;
                if (!await Pause(next, stop))
                {
                    return;
                }
            }

            if (!await Pause(300 + random.Next(700), stop))
            {
                return;
            }
        }
    }

    internal static async Task<bool> Pause(double milliseconds, CancellationToken stop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, milliseconds)), stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Runs <paramref name="work"/> over the items with at most <paramref name="degree"/> at a time; results in item order.</summary>
    internal static async Task<IReadOnlyList<TResult>> Parallel<TItem, TResult>(IEnumerable<TItem> items, int degree, Func<TItem, Task<TResult>> work)
    {
        var list = items.ToList();
        var results = new TResult[list.Count];
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(degree, list.Count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < list.Count)
            {
                results[i] = await work(list[i]);
            }
        });
        await Task.WhenAll(workers);
        return results;
    }
}

/// <summary>The final check: every replica's state and version equal a fresh load of its room.</summary>
public static class Convergence
{
    public static async Task CheckAsync(LoadTarget target, IEnumerable<LoadClient> clients, ScenarioResult result, RunState? run, CancellationToken cancellationToken)
    {
        foreach (var room in clients.Where(c => c.KeepsReplica).GroupBy(c => c.RoomId))
        {
            // A submission whose caller stopped waiting when the run ended may still commit after the first fresh
            // load; load again until no replica is ahead of it (the room is quiet then).
            var (version, json) = await target.SnapshotAsync(room.Key, cancellationToken);
            for (var reload = 0; reload < 20 && room.Any(c => c.Version > version); reload++)
            {
                await Task.Delay(100, cancellationToken);
                (version, json) = await target.SnapshotAsync(room.Key, cancellationToken);
            }

            // With several nodes, every node must have caught up to the same version.
            for (var node = 1; node < target.Urls.Count; node++)
            {
                for (var attempt = 0; attempt < 50; attempt++)
                {
                    var other = await target.SnapshotAsync(room.Key, cancellationToken, node);
                    if (other.Json == json)
                    {
                        break;
                    }

                    if (attempt == 49)
                    {
                        result.Problem($"{room.Key}: node {node} is at v{other.Version}, node 0 at v{version}");
                    }

                    await Task.Delay(100, cancellationToken);
                }
            }

            foreach (var client in room)
            {
                result.ReplicasChecked++;
                if (!await client.WaitForVersionAsync(version, TimeSpan.FromSeconds(30), cancellationToken))
                {
                    var why = client.ReplicaError ?? $"stayed at v{client.Version}";
                    result.Problem($"{room.Key}: client {client.Id} {why}, the room is at v{version}");
                    continue;
                }

                var replica = SnapshotJson.ToJson(client.State!, includeBaseline: false);
                if (client.Version == version && replica == json)
                {
                    result.ReplicasConverged++;
                }
                else
                {
                    result.Problem($"{room.Key}: client {client.Id} at v{client.Version} differs from a fresh load at v{version}");
                }
            }
        }

        if (run is not null && result.ReplicasConverged != result.ReplicasChecked)
        {
            run.Error("convergence");
        }
    }
}
