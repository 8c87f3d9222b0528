using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace DealRoom.LoadTest;

/// <summary>
/// Long frames in browser A while five other browsers drag cards (issue 11): A holds the room open and records its
/// animation frames (requestAnimationFrame intervals) and Chromium's long animation frames (PerformanceObserver
/// 'long-animation-frame', over 50 ms); first for a few seconds with nobody dragging, then while five other browser
/// contexts drag cards with Playwright's mouse (pointer drags that commit one MoveNode each).
/// </summary>
public static class BrowserFramesScenario
{
    public const string Name = "browser-frames";

    private const int Draggers = 5;

    public static async Task<ScenarioResult> RunAsync(LoadTarget target, int stakeholders, BrowserOptions options, CancellationToken ct)
    {
        var seconds = options.FramesSeconds;
        var result = new ScenarioResult(Name,
            $"browser A watches a {stakeholders}-stakeholder room for {seconds} s idle, then {seconds} s while {Draggers} others drag cards (hub clients; browsers with LOADTEST_FRAMES_BROWSER_DRAGGERS=1), after 5 s of warm-up drags; A's frame intervals and long animation frames")
        {
            Rooms = 1, Clients = Draggers + 2,
        };
        var (roomId, counts) = await BrowserScenarios.BigRoomAsync(target, stakeholders, ct);
        var (url, token) = target.Node(0);
        await using var observer = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
        await observer.JoinAsync(ct);
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        // The others drag as hub clients unless asked for browsers: what reaches A is the same (drag signals at the
        // room's throttle, one moveNode per drop), but five more renderers of the 500-card page would share this
        // machine's two cores with A's, which five people's own computers do not.
        var inBrowsers = Environment.GetEnvironmentVariable("LOADTEST_FRAMES_BROWSER_DRAGGERS") == "1";
        var contexts = new List<IBrowserContext>();
        var pages = new List<IPage>();
        for (var i = 0; i <= (inBrowsers ? Draggers : 0); i++)
        {
            var context = await browser.NewSignedInContextAsync();
            contexts.Add(context);
            var (page, _, _, _, _) = await browser.OpenRoomAsync(context, roomId, counts);
            pages.Add(page);
        }

        var pageA = pages[0];
        await Task.Delay(1_500, ct);
        var draggers = new List<LoadClient>();
        var cards = await pageA.EvaluateAsync<string[]>(VisibleCards, Draggers);
        if (!inBrowsers)
        {
            if (cards.Length < Draggers)
            {
                result.Problem($"only {cards.Length} cards are well inside A's canvas");
                return result;
            }

            for (var i = 0; i < Draggers; i++)
            {
                var client = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: false, ct);
                await client.JoinAsync(ct);
                draggers.Add(client);
            }
        }

        Task<int[]> DragAllAsync(long until) => inBrowsers
            ? Task.WhenAll(pages.Skip(1).Select((page, k) => DragUntilAsync(page, k, until, ct)))
            : Task.WhenAll(draggers.Select((client, k) => HubDragUntilAsync(client, observer.State!.Stakeholders[cards[k]], until, ct)));

        // A fresh server compiles the drag path on its first drags (the JIT stalls them ~0.5 s): warm up first.
        await DragAllAsync(Stopwatch.GetTimestamp() + (5 * Stopwatch.Frequency));
        await Task.Delay(1_000, ct);
        var idle = await WatchAsync(pageA, () => Task.Delay(TimeSpan.FromSeconds(seconds), ct));
        var before = observer.Version;
        var drags = 0;
        var busy = await WatchAsync(pageA, async () =>
        {
            var done = await DragAllAsync(Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency));
            drags = done.Sum();
        });

        // Let the last drags' MoveNode commit and come back.
        await Task.Delay(1_000, ct);
        Report(result, "A, nobody dragging", idle);
        Report(result, $"A, {Draggers} others dragging", busy);
        result.Figure("drags", FormattableString.Invariant($"{drags} drags by {Draggers} {(inBrowsers ? "browsers" : "hub clients")}, {observer.Version - before} operations committed"));
        result.Acknowledged = observer.Version - before;
        result.ReplicasChecked = result.ReplicasConverged = 1;
        foreach (var page in pages)
        {
            await BrowserSession.LeaveAsync(page);
        }

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        foreach (var client in draggers)
        {
            await client.DisposeAsync();
        }

        return result;
    }

    private static void Report(ScenarioResult result, string label, (double[] Intervals, double[] LongFrames, int CardMoves, string Attribution) watched)
    {
        var intervals = new LatencyStats();
        foreach (var ms in watched.Intervals)
        {
            intervals.Add(ms);
        }

        result.Figure($"{label}: frame intervals", BrowserFieldScenario.Percentiles(intervals));
        result.Figure($"{label}: frames over 50 ms", FormattableString.Invariant(
            $"{watched.Intervals.Count(i => i > 50)} of {watched.Intervals.Length} rAF intervals; {watched.LongFrames.Length} long animation frames ({string.Join(", ", watched.LongFrames.OrderDescending().Take(8).Select(d => d.ToString("0", CultureInfo.InvariantCulture)))} ms)"));
        result.Figure($"{label}: card moves shown", watched.CardMoves.ToString(CultureInfo.InvariantCulture));
        if (watched.LongFrames.Length > 0)
        {
            result.Figure($"{label}: long frames' time", watched.Attribution);
        }
    }

    /// <summary>Records A's frames while <paramref name="during"/> runs: rAF intervals and long animation frame durations, ms.</summary>
    private static async Task<(double[] Intervals, double[] LongFrames, int CardMoves, string Attribution)> WatchAsync(IPage page, Func<Task> during)
    {
        await page.EvaluateAsync(FrameRecorder);
        await during();
        var times = await page.EvaluateAsync<JsonElement>("() => window.__stopFrames()");
        double[] Numbers(int i) => [.. times[i].EnumerateArray().Select(x => x.GetDouble())];
        var split = Numbers(2);
        var sources = times[3].EnumerateArray().Select(x => x.GetString()!).ToArray();
        return (Numbers(0), Numbers(1), times[4].GetInt32(), FormattableString.Invariant(
            $"scripts {split[1]:0} ms, style and layout {split[0]:0} ms, the rest (rendering, waiting for the CPU) {split[2]:0} ms; scripts: {string.Join("; ", sources)}"));
    }

    /// <summary>
    /// Drags cards in <paramref name="page"/> until <paramref name="until"/> (a Stopwatch timestamp): the
    /// <paramref name="k"/>-th visible card, 20 pointer moves of (3, 2) px ~16 ms apart, then back the next time.
    /// Returns the number of drags.
    /// </summary>
    private static async Task<int> DragUntilAsync(IPage page, int k, long until, CancellationToken ct)
    {
        var pick = await page.EvaluateAsync<double[]?>(PickCard, k * 4);
        if (pick is null)
        {
            return 0;
        }

        var (x, y) = (pick[0], pick[1]);
        var drags = 0;
        var direction = 1;
        while (Stopwatch.GetTimestamp() < until && !ct.IsCancellationRequested)
        {
            await page.Mouse.MoveAsync((float)x, (float)y);
            await page.Mouse.DownAsync();
            for (var step = 1; step <= 20; step++)
            {
                await page.Mouse.MoveAsync((float)(x + (direction * step * 3)), (float)(y + (direction * step * 2)));
                await Task.Delay(16, ct);
            }

            await page.Mouse.UpAsync();
            (x, y) = (x + (direction * 60), y + (direction * 40));
            direction = -direction;
            drags++;
            await Task.Delay(150, ct);
        }

        return drags;
    }

    /// <summary>
    /// Drags <paramref name="card"/> over the hub until <paramref name="until"/> (a Stopwatch timestamp) as a person's
    /// browser does: 20 drag signals of (3, 2) px ~16 ms apart, the drop's moveNode, the drag's end, then back the next
    /// time. Returns the number of drags.
    /// </summary>
    private static async Task<int> HubDragUntilAsync(LoadClient client, Stakeholder card, long until, CancellationToken ct)
    {
        var cardId = card.Id;
        var (x, y) = (card.X, card.Y);
        var drags = 0;
        var direction = 1;
        while (Stopwatch.GetTimestamp() < until && !ct.IsCancellationRequested)
        {
            for (var step = 1; step <= 20; step++)
            {
                await client.Connection.SendAsync("Drag", new { roomId = client.RoomId, elementId = cardId, x = x + (direction * step * 3), y = y + (direction * step * 2) }, ct);
                await Task.Delay(16, ct);
            }

            (x, y) = (x + (direction * 60), y + (direction * 40));
            var outcome = await client.SubmitAsync(new MoveNode(cardId, x, y), Ids.New("op"), ct);
            if (!outcome.Ok)
            {
                throw new InvalidOperationException($"A dragger's moveNode was refused: {outcome.ErrorCode}");
            }

            await client.Connection.SendAsync("EndDrag", new { roomId = client.RoomId, elementId = cardId }, ct);
            direction = -direction;
            drags++;
            await Task.Delay(150, ct);
        }

        return drags;
    }

    /// <summary>
    /// window.__stopFrames() returns, since the script ran: [rAF intervals, long animation frame durations, [style and
    /// layout, scripts, the rest] summed over the long frames (ms), the top script sources, how many times a card's
    /// position changed in the page].
    /// </summary>
    private const string FrameRecorder = """
        () => {
          const intervals = [], long = [];
          let last = null, running = true;
          const frame = t => { if (!running) return; if (last !== null) intervals.push(t - last); last = t; requestAnimationFrame(frame); };
          requestAnimationFrame(frame);
          // How many times a card moved in A (the others' drag previews and drops reaching this page).
          let moves = 0;
          const layer = document.querySelector('.diagram-canvas');
          const mo = new MutationObserver(list => { for (const m of list) if (m.target.classList?.contains('diagram-node')) moves++; });
          mo.observe(layer, { subtree: true, attributes: true, attributeFilter: ['style'] });
          // Where each long frame's time went: its scripts (by invoker and source), style and layout, and the rest.
          let layout = 0, scripts = 0, other = 0;
          const by = {};
          const note = e => {
            long.push(e.duration);
            const end = e.startTime + e.duration;
            const styled = e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0;
            let inScripts = 0;
            for (const s of e.scripts || []) {
              inScripts += s.duration;
              const key = `${s.invokerType}:${s.invoker}@${(s.sourceURL || '').split('/').pop()}`;
              by[key] = (by[key] || 0) + s.duration;
            }
            layout += styled; scripts += inScripts; other += Math.max(0, e.duration - styled - inScripts);
          };
          let po = null;
          try {
            po = new PerformanceObserver(list => { for (const e of list.getEntries()) note(e); });
            po.observe({ type: 'long-animation-frame', buffered: false });
          } catch { po = null; }
          window.__stopFrames = () => { running = false; mo.disconnect(); if (po) { for (const e of po.takeRecords()) note(e); po.disconnect(); } return [intervals, long, [layout, scripts, other], Object.entries(by).map(([k, v]) => k + ' ' + Math.round(v) + ' ms').sort((a, b) => parseFloat(b.split(' ').at(-2)) - parseFloat(a.split(' ').at(-2))).slice(0, 8), moves]; };
        }
        """;

    /// <summary>The ids of n stakeholder cards well inside A's canvas, spread over the ones there.</summary>
    private const string VisibleCards = """
        n => {
          const canvas = document.querySelector('.diagram-canvas').getBoundingClientRect();
          const inside = [];
          for (const node of document.querySelectorAll('.diagram-node')) {
            if (!node.querySelector('[data-testid=stakeholder-card]')) continue;
            const r = node.getBoundingClientRect();
            if (r.left < canvas.left + 80 || r.right > canvas.right - 200 || r.top < canvas.top + 60 || r.bottom > canvas.bottom - 100) continue;
            inside.push(node.dataset.nodeId);
          }
          const step = Math.max(1, Math.floor(inside.length / n));
          return inside.filter((_, i) => i % step === 0).slice(0, n);
        }
        """;

    /// <summary>The centre of the n-th stakeholder card that is well inside the canvas and on top, or null.</summary>
    private const string PickCard = """
        n => {
          const canvas = document.querySelector('.diagram-canvas').getBoundingClientRect();
          let seen = 0;
          for (const node of document.querySelectorAll('.diagram-node')) {
            if (!node.querySelector('[data-testid=stakeholder-card]')) continue;
            const r = node.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            if (r.left < canvas.left + 80 || r.right > canvas.right - 200 || r.top < canvas.top + 60 || r.bottom > canvas.bottom - 100) continue;
            if (document.elementFromPoint(x, y)?.closest('.diagram-node') !== node) continue;
            if (seen++ < n) continue;
            return [x, y];
          }
          return null;
        }
        """;
}
