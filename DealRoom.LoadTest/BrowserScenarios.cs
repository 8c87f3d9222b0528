using System.Diagnostics;
using System.Globalization;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DealRoom.LoadTest;

/// <summary>How the browser scenarios are shaped.</summary>
public sealed record BrowserOptions
{
    /// <summary>Measured page loads per room (after one warm-up load).</summary>
    public int DrawnRuns { get; init; } = 5;

    /// <summary>Remote edits measured (after 5 warm-up edits), alternately MoveNode and UpdateStakeholder.</summary>
    public int Edits { get; init; } = 60;

    /// <summary>
    /// Field edits made before browser-field measures: a server that has run for a while has its per-edit code
    /// compiled by the JIT's optimising tier, which takes ~30 calls of each method and a moment; with 5 warm-up edits
    /// the measured ones shared the machine's 2 cores with ~12,000 methods being compiled again.
    /// </summary>
    public int FieldWarmupEdits { get; init; } = 60;

    public int DragSteps { get; init; } = 30;

    /// <summary>Seconds browser A's frames are watched in browser-frames, idle and then while others drag.</summary>
    public double FramesSeconds { get; init; } = 10;

    /// <summary>Browser contexts (one circuit each) held open for the memory figure.</summary>
    public int MemoryCircuits { get; init; } = 20;
}

/// <summary>
/// The browser half of issue 5, with the server in this process and Debian's Chromium (headless): a room's fully
/// drawn time, a remote edit visible in another browser, a drag, and the server's memory per open circuit.
/// </summary>
public static class BrowserScenarios
{
    public static readonly string[] Names = ["browser-drawn", "browser-edit", "browser-drag", "browser-memory", BrowserFieldScenario.Name, BrowserFramesScenario.Name, BrowserDragPreviewScenario.Name];

    private static readonly Dictionary<(string Url, int Stakeholders), (string RoomId, RoomCounts Counts)> Built = [];

    public static async Task<ScenarioResult?> RunAsync(string name, LoadTarget target, BrowserOptions options, CancellationToken ct) => name switch
    {
        "browser-drawn" => await FullyDrawnAsync(target, [500, 1_000], options, ct),
        "browser-edit" => await RemoteEditAsync(target, 500, options, ct),
        "browser-drag" => await BrowserDragScenario.DragAsync(target, 500, options, ct),
        "browser-memory" => target.Services is null ? null : await MemoryPerCircuitAsync(target, 500, options, ct),
        BrowserFieldScenario.Name => await BrowserFieldScenario.RunAsync(target, 500, options, ct),
        BrowserFramesScenario.Name => await BrowserFramesScenario.RunAsync(target, 500, options, ct),
        BrowserDragPreviewScenario.Name => await BrowserDragPreviewScenario.RunAsync(target, 500, options, ct),
        _ => null,
    };

    /// <summary>
    /// A room of <paramref name="stakeholders"/> stakeholders and 1.6 times as many relationships, built through the
    /// hub (once per server and size); returns its id and what its map shows.
    /// </summary>
    public static async Task<(string RoomId, RoomCounts Counts)> BigRoomAsync(LoadTarget target, int stakeholders, CancellationToken ct)
    {
        var key = (target.Urls[0], stakeholders);
        if (Built.TryGetValue(key, out var built))
        {
            return built;
        }

        var started = Stopwatch.GetTimestamp();
        var roomId = await target.CreateRoomAsync($"Browser {stakeholders}", ct);
        var (url, token) = target.Node(0);
        await using var seeder = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
        await seeder.JoinAsync(ct);
        foreach (var op in OperationMix.SeedRoom(stakeholders, 20, stakeholders * 8 / 5))
        {
            var outcome = await seeder.SubmitAsync(op, Ids.New("op"), ct);
            if (!outcome.Ok)
            {
                throw new InvalidOperationException($"Building the {stakeholders} room failed at {op.Type}: {outcome.ErrorCode}");
            }
        }

        var counts = await CountsAsync(target, roomId, ct);
        Console.WriteLine(FormattableString.Invariant(
            $"   (built room {roomId}: {counts.Cards} stakeholders, {counts.Links} links, in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s)"));
        Built[key] = (roomId, counts);
        return (roomId, counts);
    }

    /// <summary>What the stakeholder map of a room shows, from a fresh join.</summary>
    public static async Task<RoomCounts> CountsAsync(LoadTarget target, string roomId, CancellationToken ct)
    {
        var (url, token) = target.Node(0);
        await using var client = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
        await client.JoinAsync(ct);
        var state = client.State!;
        return new RoomCounts(state.Stakeholders.Count, state.Relationships.Count + state.Coverages.Count);
    }

    /// <summary>
    /// Fully drawn: a signed-in context opens /rooms/{id} in a fresh page; an init script's MutationObserver notes
    /// performance.now() (ms since the navigation started) once every stakeholder card and every link is in the DOM.
    /// One warm-up load, then <see cref="BrowserOptions.DrawnRuns"/> measured loads per room size.
    /// </summary>
    public static async Task<ScenarioResult> FullyDrawnAsync(LoadTarget target, IReadOnlyList<int> sizes, BrowserOptions options, CancellationToken ct)
    {
        var result = new ScenarioResult("browser-drawn",
            $"navigation start of /rooms/{{id}} -> every stakeholder card and link in the DOM (Chromium headless); 1 warm-up + {options.DrawnRuns} loads per room")
        {
            Rooms = sizes.Count, Clients = 1,
        };
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        var context = await browser.NewSignedInContextAsync();
        foreach (var size in sizes)
        {
            var (roomId, counts) = await BigRoomAsync(target, size, ct);
            var drawn = new LatencyStats();
            var interactive = new LatencyStats();
            var firstCard = new LatencyStats();
            var prerendered = new LatencyStats();
            for (var run = 0; run <= options.DrawnRuns; run++)
            {
                var (page, ms, interactiveMs, firstCardMs, prerenderedMs) = await browser.OpenRoomAsync(context, roomId, counts);
                await BrowserSession.LeaveAsync(page);
                if (run > 0)
                {
                    drawn.Add(ms);
                    interactive.Add(interactiveMs);
                    firstCard.Add(firstCardMs);
                    prerendered.Add(prerenderedMs);
                }
            }

            result.Figure($"{counts.Cards} cards, {counts.Links} links: fully drawn", drawn);
            result.Figure("  prerendered HTML", prerendered);
            result.Figure("  interactive marker", interactive);
            result.Figure("  first card", firstCard);
        }

        await context.CloseAsync();
        result.ReplicasChecked = result.ReplicasConverged = 1;
        return result;
    }

    /// <summary>
    /// A remote edit visible in other browsers: two browsers (A, B) on the room; a hub client submits MoveNode and
    /// UpdateStakeholder alternately; each page's MutationObserver notes when the node's position or title in the
    /// DOM matches the edit (and the next animation frame). Page clocks (performance.timeOrigin + now()) are mapped
    /// to this process's Stopwatch by the shortest of 25 round trips (offset ± half that round trip, printed).
    /// </summary>
    public static async Task<ScenarioResult> RemoteEditAsync(LoadTarget target, int stakeholders, BrowserOptions options, CancellationToken ct)
    {
        var result = new ScenarioResult("browser-edit",
            $"hub client submits MoveNode / UpdateStakeholder alternately on a {stakeholders}-stakeholder room; submit -> the change in the DOM of two other browsers; 5 warm-up + {options.Edits} edits")
        {
            Rooms = 1, Clients = 3,
        };
        var (roomId, counts) = await BigRoomAsync(target, stakeholders, ct);
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        var pages = new List<IPage>();
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < 2; i++)
        {
            var context = await browser.NewSignedInContextAsync();
            contexts.Add(context);
            var (page, _, _, _, _) = await browser.OpenRoomAsync(context, roomId, counts);
            await page.EvaluateAsync(EditWatcher);
            pages.Add(page);
        }

        var offsets = new List<(double Offset, double Uncertainty)>();
        foreach (var page in pages)
        {
            offsets.Add(await BrowserSession.ClockOffsetAsync(page));
        }

        var (url, token) = target.Node(0);
        await using var editor = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
        await editor.JoinAsync(ct);
        var dom = new[] { new LatencyStats(), new LatencyStats() };
        var frame = new[] { new LatencyStats(), new LatencyStats() };
        var ack = new LatencyStats();
        for (var i = 0; i < options.Edits + 5; i++)
        {
            var id = $"sh-seed-{i * 7 % Math.Min(stakeholders, 100)}";
            var current = editor.State!.Stakeholders[id];
            Operation op = i % 2 == 0
                ? new MoveNode(id, current.X + 3, current.Y + 1)
                : new UpdateStakeholder(id, OperationMix.F(("title", $"Edited title {i}")));
            var (kind, value) = op is MoveNode m ? ("left", m.X.ToString(CultureInfo.InvariantCulture)) : ("title", $"Edited title {i}");
            foreach (var page in pages)
            {
                await page.EvaluateAsync("([id, kind, value]) => window.__arm(id, kind, value)", new[] { id, kind, value });
            }

            var submitted = Stopwatch.GetTimestamp();
            var outcome = await editor.SubmitAsync(op, Ids.New("op"), ct);
            var acked = Stopwatch.GetTimestamp();
            if (!outcome.Ok)
            {
                result.Problem($"edit {i} refused: {outcome.ErrorCode}");
                continue;
            }

            await editor.WaitForVersionAsync(outcome.Version, TimeSpan.FromSeconds(10), ct);
            for (var p = 0; p < pages.Count; p++)
            {
                var seen = await pages[p].WaitForFunctionAsync("() => window.__seen && window.__frame ? [window.__seen, window.__frame] : null", null,
                    new() { PollingInterval = 10, Timeout = 10_000 });
                var times = await seen.JsonValueAsync<double[]>();
                if (i >= 5)
                {
                    dom[p].Add(times[0] - offsets[p].Offset - BrowserSession.Ms(submitted));
                    frame[p].Add(times[1] - offsets[p].Offset - BrowserSession.Ms(submitted));
                }
            }

            if (i >= 5)
            {
                ack.Add(BrowserSession.Ms(acked) - BrowserSession.Ms(submitted));
            }
        }

        result.Figure("visible in B (DOM)", dom[1]);
        result.Figure("B next frame", frame[1]);
        result.Figure("visible in A (DOM)", dom[0]);
        result.Figure("A next frame", frame[0]);
        result.Figure("hub ack", ack);
        result.Figure("clock offset", FormattableString.Invariant(
            $"± {offsets.Max(o => o.Uncertainty):0.00} ms (half the shortest page.evaluate round trip)"));
        result.Acknowledged = ack.Count;
        result.ReplicasChecked = result.ReplicasConverged = 1;
        foreach (var page in pages)
        {
            await BrowserSession.LeaveAsync(page);
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        return result;
    }

    /// <summary>
    /// Server memory per open circuit (server in this process): the managed heap after a forced full collection
    /// (and the process's working set) before and after <see cref="BrowserOptions.MemoryCircuits"/> browser contexts
    /// hold the room open, divided by the circuits. First the demo room, then the big room. The room's session
    /// (shared by every circuit) is loaded by one warm-up page before the baseline.
    /// </summary>
    public static async Task<ScenarioResult> MemoryPerCircuitAsync(LoadTarget target, int stakeholders, BrowserOptions options, CancellationToken ct)
    {
        var n = options.MemoryCircuits;
        var result = new ScenarioResult("browser-memory",
            $"managed heap after a full GC (and working set) with {n} browser contexts on a room, minus before, per circuit; demo room, then {stakeholders} stakeholders")
        {
            Rooms = 2, Clients = n,
        };
        var circuits = target.Services!.GetServices<CircuitHandler>().OfType<CircuitCounter>().FirstOrDefault();
        var rooms = new List<(string Label, string RoomId, RoomCounts Counts)>
        {
            ("demo room", DemoRoom.RoomId, await CountsAsync(target, DemoRoom.RoomId, ct)),
        };
        var (bigId, bigCounts) = await BigRoomAsync(target, stakeholders, ct);
        rooms.Add(($"{stakeholders} room", bigId, bigCounts));
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < n; i++)
        {
            contexts.Add(await browser.NewSignedInContextAsync());
        }

        foreach (var (label, roomId, counts) in rooms)
        {
            // Warm up: the room's session, the page's code paths; then let the warm-up circuit go.
            var (warm, _, _, _, _) = await browser.OpenRoomAsync(contexts[0], roomId, counts);
            await BrowserSession.LeaveAsync(warm);
            if (circuits is not null && !await circuits.WaitForAtMostAsync(0, TimeSpan.FromSeconds(30), ct))
            {
                result.Problem($"{label}: {circuits.Open} circuits still open before the baseline");
            }

            var (heap0, ws0) = Measure();
            var pages = new List<IPage>();
            foreach (var context in contexts)
            {
                var (page, _, _, _, _) = await browser.OpenRoomAsync(context, roomId, counts);
                pages.Add(page);
            }

            var open = circuits?.Open ?? -1;
            var (heap1, ws1) = Measure();
            if (double.TryParse(Environment.GetEnvironmentVariable("LOADTEST_HOLD_SECONDS"), CultureInfo.InvariantCulture, out var hold))
            {
                // For a memory profile: dotnet-gcdump collect -p PID while the circuits are open.
                Console.WriteLine(FormattableString.Invariant($"   holding {n} circuits on the {label} for {hold} s: process {Environment.ProcessId}"));
                await Task.Delay(TimeSpan.FromSeconds(hold), ct);
            }

            result.Figure($"{label} ({counts.Cards} cards)", FormattableString.Invariant(
                $"{(heap1 - heap0) / n / 1048576.0:0.00} MB managed heap per circuit ({heap0 / 1048576.0:0} -> {heap1 / 1048576.0:0} MB); ") +
                FormattableString.Invariant(
                $"working set {(ws1 - ws0) / n / 1048576.0:0.00} MB per circuit ({ws0 / 1048576.0:0} -> {ws1 / 1048576.0:0} MB); {open} circuits open"));
            if (circuits is not null && open != n)
            {
                result.Problem($"{label}: {open} circuits open, expected {n}");
            }

            foreach (var page in pages)
            {
                await BrowserSession.LeaveAsync(page);
            }

            if (circuits is not null && !await circuits.WaitForAtMostAsync(0, TimeSpan.FromSeconds(30), ct))
            {
                result.Problem($"{label}: {circuits.Open} circuits still open after the pages left");
            }
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        result.ReplicasChecked = result.ReplicasConverged = 1;
        return result;
    }

    /// <summary>The managed heap after a forced full collection, and the process's working set, in bytes.</summary>
    public static (long Heap, long WorkingSet) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heap = GC.GetTotalMemory(true);
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }

    /// <summary>
    /// window.__arm(id, kind, value) watches one node: when its style.left (kind "left") or its card title (kind
    /// "title") in the DOM equals value, window.__seen and then, at the next animation frame, window.__frame get the
    /// page time (performance.timeOrigin + performance.now(), ms).
    /// </summary>
    internal const string EditWatcher = """
        () => {
          let armed = null;
          const now = () => performance.timeOrigin + performance.now();
          const matches = () => {
            const el = document.querySelector(`.diagram-node[data-node-id='${armed.id}']`);
            if (!el) return false;
            if (armed.kind === 'left') return parseFloat(el.style.left) === parseFloat(armed.value);
            const title = el.querySelector('.card-title');
            return !!title && title.textContent === armed.value;
          };
          const observer = new MutationObserver(() => {
            if (!armed || !matches()) return;
            armed = null;
            window.__seen = now();
            requestAnimationFrame(() => { window.__frame = now(); });
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style'] });
          window.__arm = (id, kind, value) => { window.__seen = null; window.__frame = null; armed = { id, kind, value }; };
        }
        """;
}
