using System.Diagnostics;
using Microsoft.Playwright;

namespace DealRoom.LoadTest;

/// <summary>
/// A live drag as another person sees it (issue 11): browser A drags a card of the big room with Playwright's mouse,
/// a pointer move every 16 ms at most (a 60 Hz pointer; Playwright's own round trip makes it ~30 ms), without waiting
/// for the card; browser B shows the card moving before the drop (the room's drag signals, throttled per sender).
/// Measured per pointer move in A: A's <c>pointermove</c> event → the first change of the card's position in B's DOM
/// that shows that move or a later one (and the same in A's own DOM). Both pages live in one Chromium, so their wall
/// clocks (<c>performance.timeOrigin + performance.now()</c>) are one clock. The first drags are warm-up: on a fresh
/// server they stall 0.3–0.6 s while the JIT compiles the drag path (gone with <c>DOTNET_TieredCompilation=0</c>).
/// </summary>
public static class BrowserDragPreviewScenario
{
    public const string Name = "browser-drag-preview";

    private const int WarmupDrags = 5;
    private const int MeasuredDrags = 6;
    private const double PointerIntervalMs = 16;

    public static async Task<ScenarioResult> RunAsync(LoadTarget target, int stakeholders, BrowserOptions options, CancellationToken ct)
    {
        var steps = options.DragSteps;
        var result = new ScenarioResult(Name,
            $"browser A drags a card of a {stakeholders}-stakeholder room in {steps} pointer moves (>= {PointerIntervalMs} ms apart); each move -> the card there or further in browser B's DOM; {WarmupDrags} warm-up + {MeasuredDrags} drags")
        {
            Rooms = 1, Clients = 2,
        };
        var (roomId, counts) = await BrowserScenarios.BigRoomAsync(target, stakeholders, ct);
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        var contextB = await browser.NewSignedInContextAsync();
        var (pageB, _, _, _, _) = await browser.OpenRoomAsync(contextB, roomId, counts);
        var contextA = await browser.NewSignedInContextAsync();
        var (pageA, _, _, _, _) = await browser.OpenRoomAsync(contextA, roomId, counts);

        // The canvases zoom to fit once they know their size, just after the first render: let that settle.
        await Task.Delay(1_500, ct);
        var latency = new LatencyStats();
        var own = new LatencyStats();
        var pointerGaps = new LatencyStats();
        var shownPerDrag = new LatencyStats();
        var cdpA = await contextA.NewCDPSessionAsync(pageA);
        var cdpB = await contextB.NewCDPSessionAsync(pageB);
        await cdpA.SendAsync("Performance.enable");
        await cdpB.SendAsync("Performance.enable");
        Dictionary<string, double>? metricsA = null, metricsB = null;
        var originA = await pageA.EvaluateAsync<double>("() => performance.timeOrigin");
        for (var drag = 0; drag < WarmupDrags + MeasuredDrags; drag++)
        {
            if (drag == WarmupDrags)
            {
                metricsA = await MetricsAsync(cdpA);
                metricsB = await MetricsAsync(cdpB);
            }

            var pick = await pageA.EvaluateAsync<double[]?>(BrowserDragScenario.PickCard);
            if (pick is null)
            {
                result.Problem("no card is fully visible and on top in A");
                break;
            }

            var (x, y) = (pick[0], pick[1]);
            var id = await pageA.EvaluateAsync<string>("() => window.__dragId");
            var startA = await pageA.EvaluateAsync<double>(PositionRecorder, id);
            var start = await pageB.EvaluateAsync<double>(PositionRecorder, id);
            await pageA.Mouse.MoveAsync((float)x, (float)y);
            await pageA.Mouse.DownAsync();
            await pageA.EvaluateAsync("() => window.__startDrag()");
            for (var step = 1; step <= steps; step++)
            {
                var paced = Stopwatch.GetTimestamp();
                await pageA.Mouse.MoveAsync((float)(x + (step * 4)), (float)(y + (step * 2)));
                var rest = PointerIntervalMs - Stopwatch.GetElapsedTime(paced).TotalMilliseconds;
                if (rest > 1)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(rest), ct);
                }
            }

            await pageA.Mouse.UpAsync();
            var pointer = (await pageA.EvaluateAsync<double[][]>("() => window.__stopDrag()"))[0].Select(t => originA + t).ToArray();
            var end = await WaitForSettledAsync(pageB, start, ct);
            var positions = await pageB.EvaluateAsync<double[][]>("() => window.__stopPositions()");
            var positionsA = await pageA.EvaluateAsync<double[][]>("() => window.__stopPositions()");
            if (pointer.Length < steps || Math.Abs(end - start) < 1 || Math.Abs(startA - start) > 0.5)
            {
                result.Problem(FormattableString.Invariant(
                    $"drag {drag}: A's page saw {pointer.Length} pointer moves of {steps}; the card started at {startA:0.0} in A and {start:0.0} in B and moved {end - start:0.0} px in B"));
                continue;
            }

            pointer = pointer[^steps..];
            var perMove = (end - start) / steps;
            var shown = ShownMoves(positions, start, perMove);
            var shownA = ShownMoves(positionsA, start, perMove);
            if (Environment.GetEnvironmentVariable("LOADTEST_DUMP_MARKS") == "1")
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"drag {drag}: {id}, pointer gaps {string.Join(' ', pointer.Zip(pointer.Skip(1), (a, b) => (b - a).ToString("0")))}; B shows at {string.Join(' ', shown.Select(s => (s.At - pointer[0]).ToString("0")))}"));
            }

            if (drag < WarmupDrags)
            {
                continue;
            }

            shownPerDrag.Add(shown.Count(s => s.Move < steps));
            for (var i = 1; i < pointer.Length; i++)
            {
                pointerGaps.Add(pointer[i] - pointer[i - 1]);
            }

            AddLatencies(latency, pointer, shown);
            AddLatencies(own, pointer, shownA);
        }

        result.Figure("pointer move in A -> the card there (or further) in B's DOM", BrowserFieldScenario.Percentiles(latency));
        result.Figure("  A's pointer moves apart", BrowserFieldScenario.Percentiles(pointerGaps));
        result.Figure("  pointer move in A -> A's own card there (or further)", BrowserFieldScenario.Percentiles(own));
        result.Figure("positions B showed per drag before the drop", BrowserFieldScenario.Percentiles(shownPerDrag).Replace(" ms", string.Empty, StringComparison.Ordinal));
        foreach (var (label, cdp, before) in new[] { ("A", cdpA, metricsA), ("B", cdpB, metricsB) })
        {
            if (before is null)
            {
                continue;
            }

            var after = await MetricsAsync(cdp);
            result.Figure($"  {label}'s renderer during the measured drags", FormattableString.Invariant(
                $"busy {after["TaskDuration"] - before["TaskDuration"]:0.00} s: script {after["ScriptDuration"] - before["ScriptDuration"]:0.00} s, style {after["RecalcStyleDuration"] - before["RecalcStyleDuration"]:0.00} s, layout {after["LayoutDuration"] - before["LayoutDuration"]:0.00} s"));
        }

        result.Acknowledged = MeasuredDrags;
        result.ReplicasChecked = result.ReplicasConverged = 1;
        await BrowserSession.LeaveAsync(pageA);
        await BrowserSession.LeaveAsync(pageB);
        await contextA.CloseAsync();
        await contextB.CloseAsync();
        return result;
    }

    /// <summary>
    /// The positions a page showed, as the pointer move each one shows: every move shifts the card by the same amount,
    /// so a position says which move (or a later one) it shows.
    /// </summary>
    private static List<(double At, int Move)> ShownMoves(double[][] positions, double start, double perMove) =>
        positions.Select(p => (At: p[0], Move: (int)Math.Floor(((p[1] - start) / perMove) + 0.01))).ToList();

    /// <summary>Per pointer move m (1-based): the time from it to the first position that shows move m or a later one.</summary>
    private static void AddLatencies(LatencyStats stats, double[] pointer, List<(double At, int Move)> shown)
    {
        for (var m = 1; m <= pointer.Length; m++)
        {
            if (shown.FirstOrDefault(s => s.Move >= m && s.At >= pointer[m - 1]) is { At: > 0 } first)
            {
                stats.Add(first.At - pointer[m - 1]);
            }
        }
    }

    /// <summary>The renderer's cumulative timings (CDP Performance.getMetrics), seconds.</summary>
    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession cdp)
    {
        var answer = await cdp.SendAsync("Performance.getMetrics");
        return answer!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }

    /// <summary>Waits until B's card stops moving (no change for 300 ms) after a drop, 5 s at most; returns its final left.</summary>
    private static async Task<double> WaitForSettledAsync(IPage page, double start, CancellationToken ct)
    {
        var last = start;
        var quiet = 0;
        var until = DateTime.UtcNow.AddSeconds(5);
        while (quiet < 6 && DateTime.UtcNow < until)
        {
            await Task.Delay(50, ct);
            var now = await page.EvaluateAsync<double>("() => window.__left()");
            quiet = Math.Abs(now - last) < 0.01 && Math.Abs(now - start) > 0.01 ? quiet + 1 : 0;
            last = now;
        }

        return last;
    }

    /// <summary>
    /// Records [wall time, left] at each change of the card's style.left in a page (window.__stopPositions() returns them
    /// and stops); window.__left() reads it now. Returns the left it starts from.
    /// </summary>
    private const string PositionRecorder = """
        id => {
          const node = () => document.querySelector(`.diagram-node[data-node-id='${id}']`);
          const positions = [];
          window.__left = () => parseFloat(node().style.left);
          let last = window.__left();
          const observer = new MutationObserver(() => {
            const left = window.__left();
            if (left !== last) { last = left; positions.push([performance.timeOrigin + performance.now(), left]); }
          });
          observer.observe(node(), { attributes: true, attributeFilter: ['style'] });
          window.__stopPositions = () => { observer.disconnect(); return positions; };
          return last;
        }
        """;
}
