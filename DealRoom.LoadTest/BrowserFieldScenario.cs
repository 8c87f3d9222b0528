using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DealRoom.Web.Operations;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DealRoom.LoadTest;

/// <summary>
/// A field edit a person feels (issue 11): browser A edits a stakeholder's title in the side panel and leaves the
/// field (blur); measured from A's blur to the card's new title in browser B's DOM, split at a hub client in the same
/// room (blur -> the hub client has the operation -> B's DOM). Both pages run in one Chromium; every clock (the pages'
/// performance.timeOrigin + now(), the hub client's and the server's Stopwatch) is mapped onto this process's
/// Stopwatch (<see cref="BrowserSession.ClockOffsetAsync"/>). With the server in this process, the server's own marks
/// (<see cref="LatencyTrace"/>, the circuits' inbound activities) split the first leg further.
/// </summary>
public static class BrowserFieldScenario
{
    public const string Name = "browser-field";

    public static async Task<ScenarioResult> RunAsync(LoadTarget target, int stakeholders, BrowserOptions options, CancellationToken ct)
    {
        var result = new ScenarioResult(Name,
            $"browser A edits a stakeholder's title and leaves the field, on a {stakeholders}-stakeholder room; A's blur -> the card's title in browser B's DOM, split at a hub client; {options.FieldWarmupEdits} warm-up + {options.Edits} edits")
        {
            Rooms = 1, Clients = 3,
        };
        var (roomId, counts) = await BrowserScenarios.BigRoomAsync(target, stakeholders, ct);
        await using var browser = await BrowserSession.LaunchAsync(target.Urls[0]);
        var contextA = await browser.NewSignedInContextAsync();
        var contextB = await browser.NewSignedInContextAsync();
        await contextB.AddInitScriptAsync(MessageRecorder);
        var (pageA, _, _, _, _) = await browser.OpenRoomAsync(contextA, roomId, counts);
        var (pageB, _, _, _, _) = await browser.OpenRoomAsync(contextB, roomId, counts);
        await pageB.EvaluateAsync(BrowserScenarios.EditWatcher);

        // The canvas zooms to fit just after its first render: let it settle, then select a card A can see.
        await Task.Delay(1_500, ct);
        var pick = await pageA.EvaluateAsync<JsonElement>(PickVisibleCard);
        if (pick.ValueKind != JsonValueKind.Object)
        {
            result.Problem("no card is visible and on top in A");
            return result;
        }

        var id = pick.GetProperty("id").GetString()!;
        await pageA.Mouse.ClickAsync((float)pick.GetProperty("x").GetDouble(), (float)pick.GetProperty("y").GetDouble());
        var input = pageA.Locator($"#f-{id}-title");
        await input.WaitForAsync();
        await pageA.EvaluateAsync(BlurRecorder, $"f-{id}-title");

        var offsetA = await BrowserSession.ClockOffsetAsync(pageA);
        var offsetB = await BrowserSession.ClockOffsetAsync(pageB);
        var (url, token) = target.Node(0);
        await using var hub = await LoadClient.ConnectAsync(url, token, roomId, null, keepReplica: true, ct);
        TaskCompletionSource<long>? arrival = null;
        string? expected = null;
        hub.Connection.On<JsonElement>("OperationApplied", message =>
        {
            var at = Stopwatch.GetTimestamp();
            // Only the operation is read: the whole message carries the room's gap report when it changed (865 findings
            // on this room), and turning that into a string for every message took this process's CPU from the browsers.
            if (expected is not null && message.TryGetProperty("operation", out var operation)
                && operation.GetRawText().Contains(expected, StringComparison.Ordinal))
            {
                arrival?.TrySetResult(at);
            }
        });
        await hub.JoinAsync(ct);

        // Circuit handlers may be scoped: look for the tool's own (a singleton) from a scope.
        using var scope = target.Services?.CreateScope();
        var activities = scope?.ServiceProvider.GetServices<CircuitHandler>().OfType<CircuitActivityTrace>().FirstOrDefault();
        var traced = activities is not null;
        LatencyTrace.Enabled = traced;
        if (activities is not null)
        {
            activities.Enabled = true;
        }

        var total = new LatencyStats();
        var toHub = new LatencyStats();
        var hubToB = new LatencyStats();
        var stages = new Dictionary<string, LatencyStats>(StringComparer.Ordinal);
        void Stage(string label, double ms)
        {
            if (!stages.TryGetValue(label, out var stats))
            {
                stages[label] = stats = new LatencyStats();
            }

            stats.Add(ms);
        }

        // This process's CPU per measured edit (the server, the hub client and Playwright's client; not Chromium):
        // a figure the machine's load changes far less than the latencies.
        using var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        try
        {
            for (var i = 0; i < options.Edits + options.FieldWarmupEdits; i++)
            {
                var value = $"Field edit {i} {Guid.NewGuid():N}"[..24];
                expected = value;
                arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                // A person does not leave a field twice within a few ms: let the last edit's answer and renders land.
                await pageA.Locator("[data-testid=field-pending]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
                await Task.Delay(150, ct);
                await pageA.EvaluateAsync("() => window.__armBlur()");
                await pageB.EvaluateAsync("([id, kind, value]) => window.__arm(id, kind, value)", new[] { id, "title", value });
                await input.FillAsync(value);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                LatencyTrace.Drain();
                activities?.Drain();
                await input.EvaluateAsync("el => el.blur()");

                long hubAt;
                try
                {
                    hubAt = await arrival.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
                }
                catch (TimeoutException)
                {
                    var shown = await input.InputValueAsync();
                    result.Problem($"edit {i}: the hub client never had it (A's field shows '{shown}', the room has '{hub.State?.Stakeholders[id].Title}', A's blur at {await pageA.EvaluateAsync<double?>("() => window.__blurAt")})");
                    break;
                }

                var seen = await pageB.WaitForFunctionAsync("() => window.__seen", null, new() { PollingInterval = 5, Timeout = 10_000 });
                var seenB = (await seen.JsonValueAsync<double>()) - offsetB.Offset;
                var blurA = (await pageA.EvaluateAsync<double>("() => window.__blurAt")) - offsetA.Offset;
                var lastMessageB = await pageB.EvaluateAsync<double?>("seen => window.__lastMessageBefore(seen)", seenB + offsetB.Offset);

                // A's own answer and the renders after it count too.
                await pageA.Locator("[data-testid=field-pending]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
                await Task.Delay(100, ct);
                process.Refresh();
                if (i >= options.FieldWarmupEdits)
                {
                    cpu += process.TotalProcessorTime - cpuBefore;
                }

                if (i < options.FieldWarmupEdits)
                {
                    continue;
                }

                var hubMs = BrowserSession.Ms(hubAt);
                total.Add(seenB - blurA);
                toHub.Add(hubMs - blurA);
                hubToB.Add(seenB - hubMs);
                if (lastMessageB is { } message)
                {
                    Stage("B's browser: the circuit's message that showed it -> title in the DOM", seenB - (message - offsetB.Offset));
                    Stage("blur in A -> that message reaches B's browser", message - offsetB.Offset - blurA);
                }

                if (traced)
                {
                    Split(blurA, hubMs, LatencyTrace.Drain(), activities!.Drain(), Stage);
                }
            }
        }
        finally
        {
            LatencyTrace.Enabled = false;
            if (activities is not null)
            {
                activities.Enabled = false;
            }
        }

        result.Figure("blur in A -> title in B's DOM", Percentiles(total));
        result.Figure("  blur in A -> hub client has it", Percentiles(toHub));
        result.Figure("  hub client -> title in B's DOM", Percentiles(hubToB));
        foreach (var (label, stats) in stages)
        {
            result.Figure("  " + label, Percentiles(stats));
        }

        result.Figure("this process's CPU per edit", FormattableString.Invariant(
            $"{cpu.TotalMilliseconds / Math.Max(1, total.Count):0.0} ms (server, hub client, Playwright client; blur -> 100 ms after A's answer)"));
        result.Figure("clock offsets", FormattableString.Invariant(
            $"± {Math.Max(offsetA.Uncertainty, offsetB.Uncertainty):0.00} ms (half the shortest page.evaluate round trip)"));
        result.Acknowledged = total.Count;
        result.ReplicasChecked = result.ReplicasConverged = 1;
        await BrowserSession.LeaveAsync(pageA);
        await BrowserSession.LeaveAsync(pageB);
        await contextA.CloseAsync();
        await contextB.CloseAsync();
        return result;
    }

    /// <summary>p50 / p90 / p95 / max, the issue's figures.</summary>
    public static string Percentiles(LatencyStats stats) => stats.Count == 0 ? "no samples" : FormattableString.Invariant(
        $"p50 {stats.Quantile(0.5):0.0} / p90 {stats.Quantile(0.9):0.0} / p95 {stats.Quantile(0.95):0.0} / max {stats.Quantile(1):0.0} ms (n={stats.Count})");

    /// <summary>
    /// The server's side of one edit, from A's blur (ms on the Stopwatch): when A's circuit first got an inbound
    /// activity (the change event), when the form had the value, when the page submitted and got its answer, how
    /// long A's circuit was busy with inbound activities before the hub client had the operation, and the renders.
    /// </summary>
    private static void Split(double blurA, double hubMs, List<(string Stage, string? Who, long Timestamp)> marks,
        List<CircuitActivityTrace.Activity> activities, Action<string, double> stage)
    {
        if (Environment.GetEnvironmentVariable("LOADTEST_DUMP_MARKS") == "1")
        {
            Console.Error.WriteLine(string.Join(" | ", marks.Select(m => FormattableString.Invariant($"{m.Stage}@{m.Who?[..4]} {BrowserSession.Ms(m.Timestamp) - blurA:0.0}"))));
        }

        var set = marks.FirstOrDefault(m => m.Stage == "form.set");
        var submit = marks.FirstOrDefault(m => m.Stage == "page.submit");
        if (set.Stage is null || submit.Stage is null)
        {
            return;
        }

        var at = (long t) => BrowserSession.Ms(t) - blurA;
        var a = submit.Who;
        var circuitA = activities.FirstOrDefault(x => x.Started <= set.Timestamp && x.Ended >= set.Timestamp)?.CircuitId;
        var mineA = activities.Where(x => x.CircuitId == circuitA && BrowserSession.Ms(x.Started) >= blurA - 0.5).OrderBy(x => x.Started).ToList();
        if (mineA.Count > 0)
        {
            stage("blur -> A's circuit starts its first inbound activity", at(mineA[0].Started));
            stage("A's circuit: inbound activities before the hub client had it (count)", mineA.Count(x => BrowserSession.Ms(x.Started) < hubMs));
            var first = mineA[0];
            stage("A's circuit: its first inbound activity lasts", BrowserSession.Ms(first.Ended) - BrowserSession.Ms(first.Started));
        }

        stage("blur -> form has the value (SchemaForm.SetAsync)", at(set.Timestamp));
        stage("blur -> page submits", at(submit.Timestamp));
        if (marks.FirstOrDefault(m => m.Stage == "page.submitted" && m.Who == a) is { Stage: not null } submitted)
        {
            stage("page submits -> answer", BrowserSession.Ms(submitted.Timestamp) - BrowserSession.Ms(submit.Timestamp));
        }

        var append = marks.FirstOrDefault(m => m.Stage == "session.append" && m.Timestamp >= submit.Timestamp);
        var appended = marks.FirstOrDefault(m => m.Stage == "session.appended" && m.Timestamp >= submit.Timestamp);
        var published = marks.FirstOrDefault(m => m.Stage == "session.published" && m.Timestamp >= submit.Timestamp);
        if (append.Stage is not null && appended.Stage is not null && published.Stage is not null)
        {
            stage("page submits -> session's round applied it, writes the op log", BrowserSession.Ms(append.Timestamp) - BrowserSession.Ms(submit.Timestamp));
            stage("op log append (SQLite commit)", BrowserSession.Ms(appended.Timestamp) - BrowserSession.Ms(append.Timestamp));
            stage("op log appended -> published to listeners", BrowserSession.Ms(published.Timestamp) - BrowserSession.Ms(appended.Timestamp));
            if (marks.FirstOrDefault(m => m.Stage == "session.pages" && m.Timestamp >= appended.Timestamp) is { Stage: not null } pages
                && marks.FirstOrDefault(m => m.Stage == "session.gaps" && m.Timestamp >= pages.Timestamp) is { Stage: not null } gaps
                && marks.FirstOrDefault(m => m.Stage == "hub.sent" && m.Timestamp >= gaps.Timestamp) is { Stage: not null } sent)
            {
                stage("  of which the pages' listeners", BrowserSession.Ms(pages.Timestamp) - BrowserSession.Ms(appended.Timestamp));
                stage("  of which gaps evaluated", BrowserSession.Ms(gaps.Timestamp) - BrowserSession.Ms(pages.Timestamp));
                stage("  of which hub broadcast sent", BrowserSession.Ms(sent.Timestamp) - BrowserSession.Ms(gaps.Timestamp));
            }

            if (marks.FirstOrDefault(m => m.Stage == "page.update" && m.Who != a && m.Timestamp >= appended.Timestamp) is { Stage: not null } heardB)
            {
                stage("op log appended -> B's page has the update", BrowserSession.Ms(heardB.Timestamp) - BrowserSession.Ms(appended.Timestamp));
                if (marks.FirstOrDefault(m => m.Stage == "page.apply" && m.Who == heardB.Who && m.Timestamp >= heardB.Timestamp) is { Stage: not null } appliedB)
                {
                    stage("B's page has the update -> its circuit applies it", BrowserSession.Ms(appliedB.Timestamp) - BrowserSession.Ms(heardB.Timestamp));
                }
            }

            stage("published -> hub client has it", hubMs - BrowserSession.Ms(published.Timestamp));
        }

        var rendersA = marks.Count(m => m.Stage == "page.render" && m.Who == a);
        var rendersOthers = marks.Count(m => m.Stage == "page.render" && m.Who != a);
        stage("room page renders in A per edit", rendersA);
        stage("room page renders in B per edit", rendersOthers);
        if (marks.FirstOrDefault(m => m.Stage == "page.render" && m.Who == a && m.Timestamp < submit.Timestamp) is { Stage: not null } early)
        {
            stage("A renders the room page before it submits (ms after blur)", at(early.Timestamp));
        }
    }

    /// <summary>
    /// window.__armBlur() forgets the last blur; the first change or focusout of the field with id <c>fieldId</c>
    /// after it sets window.__blurAt (page time: performance.timeOrigin + performance.now(), ms).
    /// </summary>
    private const string BlurRecorder = """
        fieldId => {
          const note = e => { if (e.target && e.target.id === fieldId && !window.__blurAt) window.__blurAt = performance.timeOrigin + performance.now(); };
          document.addEventListener('change', note, true);
          document.addEventListener('focusout', note, true);
          window.__armBlur = () => { window.__blurAt = null; };
        }
        """;

    /// <summary>
    /// Notes when each WebSocket message reaches the page (page time); window.__lastMessageBefore(t) gives the last one
    /// at or before t: the circuit's render batch that carried an edit, when t is the moment the edit showed.
    /// </summary>
    private const string MessageRecorder = """
        (() => {
          const times = [];
          const Native = window.WebSocket;
          window.WebSocket = class extends Native {
            constructor(...args) {
              super(...args);
              this.addEventListener('message', () => { times.push(performance.timeOrigin + performance.now()); if (times.length > 500) times.splice(0, 250); });
            }
          };
          window.__lastMessageBefore = t => { let last = null; for (const x of times) if (x <= t) last = x; return last; };
        })();
        """;

    /// <summary>A stakeholder card whose centre is inside the canvas and on top: its id and centre.</summary>
    private const string PickVisibleCard = """
        () => {
          const canvas = document.querySelector('.diagram-canvas').getBoundingClientRect();
          for (const node of document.querySelectorAll('.diagram-node')) {
            const card = node.querySelector('[data-testid=stakeholder-card]');
            if (!card) continue;
            const r = node.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            if (r.left < canvas.left + 10 || r.right > canvas.right - 200 || r.top < canvas.top + 10 || r.bottom > canvas.bottom - 100) continue;
            if (document.elementFromPoint(x, y)?.closest('.diagram-node') !== node) continue;
            return { id: card.dataset.id, x, y };
          }
          return null;
        }
        """;
}
