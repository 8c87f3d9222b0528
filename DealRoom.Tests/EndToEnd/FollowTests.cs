using System.Globalization;
using System.Text.Json;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>
/// Follow mode, bring everyone, the clickable minimap and touch pinch, in two real browsers. A view is read from the
/// page as the map point in the middle of the canvas and the zoom (the diagram layer's transform).
/// </summary>
public class FollowTests
{
    /// <summary>The shown canvas's view: { x, y, zoom, map } with x, y the map point in its middle.</summary>
    private const string ReadView = """
        () => {
            const canvas = document.querySelector('.map-canvas .diagram-canvas');
            const layer = canvas && canvas.querySelector('.diagram-html-layer');
            if (!layer) { return null; }
            const m = new DOMMatrix(getComputedStyle(layer).transform);
            const r = canvas.getBoundingClientRect();
            return { x: (r.width / 2 - m.e) / m.a, y: (r.height / 2 - m.f) / m.a, zoom: m.a, map: canvas.closest('.map-canvas').dataset.testid };
        }
        """;

    /// <summary>True when the shown view is within a pixel's worth of the one given.</summary>
    private const string SameView = $$"""
        expected => {
            const view = ({{ReadView}})();
            return !!view && view.map === expected.map && Math.abs(view.zoom - expected.zoom) < 0.002
                && Math.abs(view.x - expected.x) < 2 && Math.abs(view.y - expected.y) < 2;
        }
        """;

    [Fact]
    public async Task Follower_ShouldSeeTheLeadersMapAndView_UntilTheyMoveThemselves()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);

        // Act 1: B follows A; A zooms in and pans with the wheel.
        await pageB.Locator("[data-testid=follow-avatar][data-name='Alex Carter']").ClickAsync();
        await Expect(pageB.Locator("[data-testid=follow-chip]")).ToContainTextAsync("Following Alex Carter");
        await pageA.Locator("[data-testid=zoom-in]").ClickAsync();
        await pageA.Locator("[data-testid=zoom-in]").ClickAsync();
        await WheelOverCanvasAsync(pageA, 180, 120);

        // Assert 1: B shows A's view.
        await FollowsAsync(pageB, await SettledViewAsync(pageA));
        await PageGeometry.SaveScreenshotAsync(pageB, "follow-mode.png");

        // Act 2: A switches to the shared vision.
        await pageA.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(pageA.Locator("[data-testid=canvas-vision]")).ToBeVisibleAsync();
        await WheelOverCanvasAsync(pageA, -60, 90);

        // Assert 2: B is on the shared vision too, at A's view.
        await Expect(pageB.Locator("[data-testid=canvas-vision]")).ToBeVisibleAsync();
        await FollowsAsync(pageB, await SettledViewAsync(pageA));

        // Act 3: B moves the view by hand.
        await WheelOverCanvasAsync(pageB, 0, 200);

        // Assert 3: B no longer follows.
        await Expect(pageB.Locator("[data-testid=follow-chip]")).ToHaveCountAsync(0);
        await Expect(pageB.Locator("[data-testid=follow-avatar][data-name='Alex Carter']")).ToHaveAttributeAsync("aria-pressed", "false");

        // Act 4: B follows again, then presses Stop.
        await pageB.Locator("[data-testid=follow-avatar][data-name='Alex Carter']").ClickAsync();
        await FollowsAsync(pageB, await SettledViewAsync(pageA));
        await pageB.Locator("[data-testid=follow-stop]").ClickAsync();

        // Assert 4
        await Expect(pageB.Locator("[data-testid=follow-chip]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task BringEveryone_ShouldMoveTheOthersToTheHostsView_AndTellThemWhoDidIt()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        await pageA.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(pageA.Locator("[data-testid=canvas-vision]")).ToBeVisibleAsync();
        await pageA.Locator("[data-testid=zoom-out]").ClickAsync();
        await WheelOverCanvasAsync(pageA, 150, -80);
        var hostView = await SettledViewAsync(pageA);

        // Act
        await pageA.Locator("[data-testid=bring-everyone]").ClickAsync();

        // Assert: B is on A's map and view, and told who brought them; B may move away after.
        await Expect(pageB.GetByText("Alex Carter brought everyone here")).ToBeVisibleAsync();
        await FollowsAsync(pageB, hostView);
        await PageGeometry.SaveScreenshotAsync(pageB, "brought-everyone.png");
        await WheelOverCanvasAsync(pageB, 0, 150);
        await pageB.WaitForFunctionAsync($"expected => !({SameView})(expected)", Arg(hostView));
    }

    [Fact]
    public async Task Customer_ShouldFollowOnlyOnTheVisionMap_AndNeverBeBroughtToTheStakeholderMap()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var (_, token) = await Customers.InviteAsync(server, DealRoom.Web.Persistence.DemoRoom.RoomId, ct, rights: "View");
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var teamContext = await browser.NewUserAsync();
        await using var customerContext = await browser.NewUserAsync();
        var host = await BrowserFixture.OpenRoomAsync(teamContext, server, DemoUsers.Owner);
        var customer = await customerContext.NewPageAsync();
        await customer.GotoAsync($"{server.BaseUrl}/invite/{token}");
        await customer.Locator("#name").FillAsync("Carla Jensen");
        await customer.Locator("[data-testid=join-session]").ClickAsync();
        await Expect(customer.Locator("[data-testid=canvas-vision]")).ToBeVisibleAsync();

        // Act 1: the customer follows the host, who is on the stakeholder map and brings everyone there.
        await customer.Locator("[data-testid=follow-avatar][data-name='Alex Carter']").ClickAsync();
        await WheelOverCanvasAsync(host, 120, 40);
        await host.Locator("[data-testid=bring-everyone]").ClickAsync();

        // Assert 1: the customer stays on the shared vision, with nothing of the host's view to show.
        await Expect(customer.Locator("[data-testid=follow-chip]")).ToContainTextAsync("Following Alex Carter (no view to show yet)");

        // Act 2: the host goes to the shared vision and moves there.
        await host.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(host.Locator("[data-testid=canvas-vision]")).ToBeVisibleAsync();
        await WheelOverCanvasAsync(host, -80, 60);

        // Assert 2: now the customer follows; the gathering on the stakeholder map never reached them.
        await FollowsAsync(customer, await SettledViewAsync(host));
        await Expect(customer.Locator("[data-testid=follow-chip]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\s*Following Alex Carter\\s*·\\s*Stop\\s*$"));
        await Expect(customer.GetByText("brought everyone here")).ToHaveCountAsync(0);
        await Expect(customer.Locator("[data-testid=canvas-stakeholders]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task FollowControls_ShouldFitOnAPhone_WhenSomeoneElseIsInTheRoom()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var desk = await browser.NewUserAsync();
        await using var phoneContext = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await BrowserFixture.OpenRoomAsync(desk, server, DemoUsers.Expert);
        var phone = await BrowserFixture.SignInAsync(phoneContext, server.BaseUrl, DemoUsers.Owner.Email, DemoUsers.Owner.Password);
        await phone.GotoAsync($"{server.BaseUrl}/rooms/{DealRoom.Web.Persistence.DemoRoom.RoomId}");
        await Expect(phone.Locator("[data-testid=interactive]")).ToBeAttachedAsync();

        // Act: follow the other person from the phone.
        await phone.Locator("[data-testid=follow-avatar][data-name='Sam Patel']").ClickAsync();

        // Assert: the avatars, the bring-everyone button and the page stay within the screen.
        await Expect(phone.Locator("[data-testid=bring-everyone]")).ToBeVisibleAsync();
        await PageGeometry.AssertOnScreenAsync(phone.Locator("[data-testid=bring-everyone]"), "bring everyone", 390, 844);
        await PageGeometry.AssertOnScreenAsync(phone.Locator("[data-testid=follow-avatar]"), "follow avatar", 390, 844);
        Assert.True(await PageGeometry.ScrollWidthAsync(phone) <= 390, "the page scrolls sideways on a phone");
        await PageGeometry.SaveScreenshotAsync(phone, "follow-phone.png");
    }

    [Fact]
    public async Task MinimapClick_ShouldCentreTheViewThere()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        var minimap = page.Locator("[data-testid=minimap] svg");
        var box = await PageGeometry.BoxAsync(minimap, "minimap");
        var (clickX, clickY) = (box.X + (box.Width * 0.25), box.Y + (box.Height * 0.3));
        var target = await page.EvaluateAsync<JsonElement>(
            "([x, y]) => { const svg = document.querySelector('[data-testid=minimap] svg'); const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM().inverse()); return { x: p.x, y: p.y }; }",
            new[] { clickX, clickY });
        var before = await SettledViewAsync(page);

        // Act
        await page.Mouse.ClickAsync((float)clickX, (float)clickY);

        // Assert: the map point under the click is now in the middle of the canvas, at the same zoom.
        var expected = new { x = target.GetProperty("x").GetDouble(), y = target.GetProperty("y").GetDouble(), zoom = before.GetProperty("zoom").GetDouble(), map = "canvas-stakeholders" };
        await page.WaitForFunctionAsync(SameView, expected);
    }

    [Fact]
    public async Task Touch_ShouldPanWithOneFinger_AndZoomWithTwo()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, HasTouch = true });
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        var cdp = await context.NewCDPSessionAsync(page);
        // A spot of empty canvas (no card, minimap or buttons under it), with room around it for the fingers.
        var spot = await page.EvaluateAsync<JsonElement>("""
            () => {
                const r = document.querySelector('.map-canvas .diagram-canvas').getBoundingClientRect();
                for (let y = r.top + 80; y < r.bottom - 80; y += 20) {
                    for (let x = r.left + 80; x < r.right - 200; x += 20) {
                        const free = [[0, 0], [-60, 0], [140, 70]].every(([dx, dy]) => {
                            const e = document.elementFromPoint(x + dx, y + dy);
                            return e && e.closest('.diagram-canvas') && !e.closest('.diagram-node, .map-minimap, .map-navigation, .map-link, text');
                        });
                        if (free) { return { x, y }; }
                    }
                }
                return null;
            }
            """);
        var (x, y) = (spot.GetProperty("x").GetDouble(), spot.GetProperty("y").GetDouble());
        var start = await SettledViewAsync(page);

        // Act 1: one finger drags 90 px right and 50 px down.
        await TouchAsync(cdp, "touchStart", (x, y));
        for (var step = 1; step <= 6; step++)
        {
            await TouchAsync(cdp, "touchMove", (x + (step * 15), y + (step * 50.0 / 6)));
        }

        await TouchAsync(cdp, "touchEnd");

        // Assert 1: the map moved with the finger (the middle's map point moved the other way), at the same zoom.
        var zoom = start.GetProperty("zoom").GetDouble();
        var panned = new { x = start.GetProperty("x").GetDouble() - (90 / zoom), y = start.GetProperty("y").GetDouble() - (50 / zoom), zoom, map = "canvas-stakeholders" };
        await page.WaitForFunctionAsync(SameView, panned);

        // Act 2: two fingers spread apart.
        await TouchAsync(cdp, "touchStart", (x, y), (x + 60, y + 40));
        for (var step = 1; step <= 8; step++)
        {
            await TouchAsync(cdp, "touchMove", (x - (step * 6), y), (x + 60 + (step * 10), y + 40 + (step * 6)));
        }

        await TouchAsync(cdp, "touchEnd");

        // Assert 2: the fingers' distance grew about two and a half times: the map zoomed in (within its limit).
        await page.WaitForFunctionAsync($"before => ({ReadView})().zoom > before * 1.5", zoom);
    }

    private static async Task TouchAsync(ICDPSession cdp, string type, params (double X, double Y)[] points)
    {
        var touchPoints = points.Select((p, i) => new Dictionary<string, object> { ["x"] = p.X, ["y"] = p.Y, ["id"] = i }).ToArray();
        await cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object> { ["type"] = type, ["touchPoints"] = touchPoints });
    }

    /// <summary>Turns the wheel over an empty corner of the shown canvas: it pans the map.</summary>
    private static async Task WheelOverCanvasAsync(IPage page, float deltaX, float deltaY)
    {
        var canvas = await PageGeometry.BoxAsync(page.Locator(".map-canvas .diagram-canvas"), "canvas");
        await page.Mouse.MoveAsync((float)canvas.X + 40, (float)canvas.Y + 40);
        var before = await page.EvaluateAsync<JsonElement>(ReadView);
        await page.Mouse.WheelAsync(deltaX, deltaY);
        await page.WaitForFunctionAsync($"before => !({SameView})(before)", Arg(before));
    }

    /// <summary>The page's view once it stopped changing (two reads a frame apart agree).</summary>
    private static async Task<JsonElement> SettledViewAsync(IPage page)
    {
        await page.WaitForFunctionAsync($$"""
            async () => {
                const first = ({{ReadView}})();
                await new Promise(r => setTimeout(r, 300));
                return !!first && ({{SameView}})(first);
            }
            """);
        return await page.EvaluateAsync<JsonElement>(ReadView);
    }

    /// <summary>A view read from the page, as an argument for the next script.</summary>
    private static object Arg(JsonElement view) => new
    {
        x = view.GetProperty("x").GetDouble(),
        y = view.GetProperty("y").GetDouble(),
        zoom = view.GetProperty("zoom").GetDouble(),
        map = view.GetProperty("map").GetString(),
    };

    private static async Task FollowsAsync(IPage follower, JsonElement expected)
    {
        try
        {
            await follower.WaitForFunctionAsync(SameView, Arg(expected), new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            var actual = await follower.EvaluateAsync<JsonElement>(ReadView);
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"The follower's view {actual} never matched {expected}"));
        }
    }
}
