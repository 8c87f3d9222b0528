using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace DealRoom.LoadTest;

/// <summary>
/// Debian's Chromium driven by Playwright, headless (Playwright's own browser download cannot work here), with
/// helpers to sign a context in through the real form and open a room page.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl.TrimEnd('/');
    }

    public IBrowser Browser { get; }

    public string BaseUrl { get; }

    public static async Task<BrowserSession> LaunchAsync(string baseUrl)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        return new BrowserSession(playwright, browser, baseUrl);
    }

    /// <summary>A new context (its own cookies: one more user session) at a desktop size, signed in as the demo owner.</summary>
    public async Task<IBrowserContext> NewSignedInContextAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/account/login");
        await page.Locator("#email").FillAsync(LoadTarget.OwnerEmail);
        await page.Locator("#password").FillAsync(LoadTarget.OwnerPassword);
        await page.Locator("[data-testid=sign-in]").ClickAsync();
        await page.Locator("[data-testid=signed-in-as]").WaitForAsync();
        await LeaveAsync(page);
        return context;
    }

    /// <summary>
    /// Opens /rooms/{id} in a new page of <paramref name="context"/> and waits until it is fully drawn: every
    /// stakeholder card and every link of the stakeholder map in the DOM. Returns the page and the time from the
    /// navigation start (the page's performance.timeOrigin) to that moment, in ms; and to the moments the circuit's
    /// interactive marker and the first card appeared, and to the end of the prerendered HTML response.
    /// </summary>
    public async Task<(IPage Page, double DrawnMs, double InteractiveMs, double FirstCardMs, double PrerenderedMs)> OpenRoomAsync(IBrowserContext context, string roomId, RoomCounts expected)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(DrawnWatcher(expected));
        await page.GotoAsync($"{BaseUrl}/rooms/{roomId}", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => window.__drawn", null, new() { PollingInterval = 20, Timeout = 120_000 });
        var marks = await page.EvaluateAsync<double[]>(
            "() => [window.__drawn, window.__interactive || 0, window.__firstCard || 0, performance.getEntriesByType('navigation')[0]?.responseEnd || 0]");
        return (page, marks[0], marks[1], marks[2], marks[3]);
    }

    /// <summary>Leaves and closes a page so that Blazor ends its circuit at once (the unload beacon), not after the retention period.</summary>
    public static async Task LeaveAsync(IPage page)
    {
        try
        {
            await page.GotoAsync("about:blank");
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already closed.
        }
    }

    /// <summary>
    /// The clock offset between a page and this process: page time (performance.timeOrigin + performance.now(), ms)
    /// minus <see cref="Stopwatch"/> time (ms), from the sample with the shortest round trip; and that round trip's
    /// half, the offset's uncertainty.
    /// </summary>
    public static async Task<(double Offset, double Uncertainty)> ClockOffsetAsync(IPage page, int samples = 25)
    {
        var best = (Offset: 0.0, Rtt: double.MaxValue);
        for (var i = 0; i < samples; i++)
        {
            var before = Stopwatch.GetTimestamp();
            var pageTime = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()");
            var after = Stopwatch.GetTimestamp();
            var rtt = Ms(after) - Ms(before);
            if (rtt < best.Rtt)
            {
                best = (pageTime - ((Ms(before) + Ms(after)) / 2), rtt);
            }
        }

        return (best.Offset, best.Rtt / 2);
    }

    /// <summary>A Stopwatch timestamp in milliseconds.</summary>
    public static double Ms(long timestamp) => timestamp * 1000.0 / Stopwatch.Frequency;

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>
    /// An init script: a MutationObserver from the document's start that sets window.__drawn (performance.now(), i.e.
    /// ms since the navigation started) the first time the page holds every expected card and drawn link.
    /// </summary>
    private static string DrawnWatcher(RoomCounts expected) => string.Create(CultureInfo.InvariantCulture, $$"""
        (() => {
          const cards = {{expected.Cards}}, links = {{expected.Links}};
          const check = () => {
            if (window.__drawn) return;
            if (!window.__interactive && document.querySelector('[data-testid=interactive]')) window.__interactive = performance.now();
            const shown = document.querySelectorAll('[data-testid=stakeholder-card]').length;
            if (shown > 0 && !window.__firstCard) window.__firstCard = performance.now();
            if (shown < cards) return;
            let drawn = 0;
            for (const g of document.querySelectorAll('g.map-link')) { if (g.querySelector('path[d]')) drawn++; }
            if (drawn < links) return;
            window.__drawn = performance.now();
            observer.disconnect();
          };
          const observer = new MutationObserver(check);
          observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['d'] });
        })();
        """);
}

/// <summary>What a fully drawn stakeholder map holds: stakeholder cards and links (relationships and coverage).</summary>
public sealed record RoomCounts(int Cards, int Links);
