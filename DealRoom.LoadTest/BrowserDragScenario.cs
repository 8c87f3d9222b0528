using System.Diagnostics;
using Microsoft.Playwright;

namespace DealRoom.LoadTest;

/// <summary>Dragging a card in the browser: the <c>browser-drag</c> scenario, and the card picker the drag scenarios share.</summary>
public static class BrowserDragScenario
{
    /// <summary>
    /// A drag in the browser: Playwright's mouse presses on a card and moves it in <see cref="BrowserOptions.DragSteps"/>
    /// steps, waiting after each step until the card moved in the DOM (each pointer move is a server round trip).
    /// Reported: per step, the page's pointermove event -> the card's new position in the DOM, and the tool's move ->
    /// the same; the gaps between animation frames during the drag; and how many operations reached the server.
    /// </summary>
    public static async Task<ScenarioResult> DragAsync(LoadTarget target, int stakeholders, BrowserOptions options, CancellationToken ct)
    {
        var result = new ScenarioResult("browser-drag",
            $"drag a card of a {stakeholders}-stakeholder room with Playwright's mouse in {options.DragSteps} steps, 3 drags; each step waits for the card to move")
        {
            Rooms = 1, Clients = 2,
        };
        var (roomId, counts) = await BrowserScenarios.BigRoomAsync(target, stakeholders, ct);
        var (url, token) = target.Node(0);
        await using var observer = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
        await observer.JoinAsync(ct);
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        var context = await browser.NewSignedInContextAsync();
        var (page, _, _, _, _) = await browser.OpenRoomAsync(context, roomId, counts);

        // The canvas zooms to fit once it knows its size, just after the first render: let that settle before aiming.
        await Task.Delay(1_500, ct);
        var inPage = new LatencyStats();
        var tool = new LatencyStats();
        var frames = new LatencyStats();
        var commits = new List<long>();
        for (var drag = 0; drag < 3; drag++)
        {
            var pick = await page.EvaluateAsync<double[]?>(PickCard);
            if (pick is null)
            {
                result.Problem("no card is fully visible and on top");
                break;
            }

            var (x, y) = (pick[0], pick[1]);
            var id = await page.EvaluateAsync<string>("() => window.__dragId");
            var before = observer.Version;
            await page.Mouse.MoveAsync((float)x, (float)y);
            await page.Mouse.DownAsync();
            await page.EvaluateAsync("() => window.__startDrag()");
            for (var step = 1; step <= options.DragSteps; step++)
            {
                var started = Stopwatch.GetTimestamp();
                await page.Mouse.MoveAsync((float)(x + (step * 4)), (float)(y + (step * 2)));
                var moved = await page.EvaluateAsync<bool>(WaitForMoves, step);
                tool.AddSince(started);
                if (!moved)
                {
                    result.Problem($"drag {drag} step {step}: the card did not move within 5 s");
                    break;
                }
            }

            await page.Mouse.UpAsync();
            var times = await page.EvaluateAsync<double[][]>("() => window.__stopDrag()");
            for (var i = 0; i < Math.Min(times[0].Length, times[1].Length); i++)
            {
                inPage.Add(times[1][i] - times[0][i]);
            }

            for (var i = 1; i < times[2].Length; i++)
            {
                frames.Add(times[2][i] - times[2][i - 1]);
            }

            // Let the drag's MoveNode commit and come back; nothing else writes to this room meanwhile.
            await Task.Delay(1_500, ct);
            commits.Add(observer.Version - before);
            var committed = observer.State!.Stakeholders.GetValueOrDefault(id);
            var shown = await page.EvaluateAsync<double>("id => parseFloat(document.querySelector(`.diagram-node[data-node-id='${id}']`).style.left)", id);
            if (committed is null || Math.Abs(committed.X - shown) > 1)
            {
                result.Problem($"drag {drag}: the server has x={committed?.X}, the page shows {shown}");
            }
        }

        result.Figure("pointermove->DOM", inPage);
        result.Figure("tool move->DOM", tool);
        result.Figure("frame intervals", frames);
        result.Figure("ops per drag", string.Join(", ", commits) + " (server versions added per drag; 1 = one MoveNode per drag)");
        result.Acknowledged = commits.Sum();
        if (commits.Any(c => c != 1))
        {
            result.Problem("a drag did not commit exactly one operation");
        }

        result.ReplicasChecked = result.ReplicasConverged = 1;
        await BrowserSession.LeaveAsync(page);
        await context.CloseAsync();
        return result;
    }

    /// <summary>
    /// Picks a stakeholder card whose centre is inside the canvas and on top (what a pointer there would hit), sets
    /// window.__dragId, installs the drag recorders (window.__startDrag / __stopDrag), and returns the centre.
    /// </summary>
    internal const string PickCard = """
        () => {
          const canvas = document.querySelector('.diagram-canvas').getBoundingClientRect();
          for (const node of document.querySelectorAll('.diagram-node')) {
            if (!node.querySelector('[data-testid=stakeholder-card]')) continue;
            const r = node.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            if (r.left < canvas.left + 10 || r.right > canvas.right - 200 || r.top < canvas.top + 10 || r.bottom > canvas.bottom - 100) continue;
            const hit = document.elementFromPoint(x, y)?.closest('.diagram-node');
            if (hit !== node) continue;
            window.__dragId = node.dataset.nodeId;
            let pointer = [], moved = [], frames = [], running = false, observer = null;
            const onMove = () => { if (running) pointer.push(performance.now()); };
            window.addEventListener('pointermove', onMove, true);
            window.__startDrag = () => {
              pointer = []; moved = []; frames = []; running = true;
              observer = new MutationObserver(() => moved.push(performance.now()));
              observer.observe(node, { attributes: true, attributeFilter: ['style'] });
              const frame = t => { if (!running) return; frames.push(t); requestAnimationFrame(frame); };
              requestAnimationFrame(frame);
            };
            window.__moves = () => moved.length;
            window.__stopDrag = () => { running = false; observer.disconnect(); window.removeEventListener('pointermove', onMove, true); return [pointer, moved, frames]; };
            return [x, y];
          }
          return null;
        }
        """;

    /// <summary>Resolves true once the dragged card has moved <c>n</c> times since the drag started, false after 5 s.</summary>
    internal const string WaitForMoves = """
        n => new Promise(resolve => {
          const until = performance.now() + 5000;
          const poll = () => window.__moves() >= n ? resolve(true) : performance.now() > until ? resolve(false) : setTimeout(poll, 1);
          poll();
        })
        """;
}
