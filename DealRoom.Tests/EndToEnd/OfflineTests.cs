using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>The connection drops: the page says so, keeps what is typed, and sends it when the connection is back.</summary>
public class OfflineTests
{
    private const string Erik = "sh-erik";

    [Fact]
    public async Task Browser_ShouldShowTheBannerAndLandTheEditMadeOffline_WhenTheConnectionComesBack()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        await page.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']").ClickAsync();
        var title = page.Locator($"#f-{Erik}-title");
        await Expect(title).ToBeVisibleAsync();
        var banner = page.Locator("[data-testid=connection-banner]");
        await Expect(banner).ToBeHiddenAsync();

        // Act 1: the network goes away and the circuit's connection with it.
        await context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");

        // Assert 1: the banner says so.
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("You are offline");

        // Act 2: an edit made meanwhile.
        await title.FillAsync("Group CFO");
        await title.PressAsync("Tab");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => dealRoom.unsentCount()"));

        // Act 3: the network is back, and the circuit with it.
        await context.SetOfflineAsync(false);
        await ReconnectAsync(page);

        // Assert 3: the edit lands, the banner goes, nothing stays kept.
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        await Eventually.TrueAsync(() => session.State.Stakeholders[Erik].Title == "Group CFO", "The edit made offline never reached the room.");
        await Expect(banner).ToBeHiddenAsync();
        await Expect(page.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']")).ToContainTextAsync("Group CFO");
        await Eventually.TrueAsync(async () => await page.EvaluateAsync<int>("() => dealRoom.unsentCount()") == 0, "The browser still keeps the sent edit.");
    }

    [Fact]
    public async Task Browser_ShouldSendTheEditMadeOffline_WhenThePageIsLoadedAgainAndItsElementOpened()
    {
        // Arrange: an edit typed while offline, then the page is reloaded instead of reconnected.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        await page.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']").ClickAsync();
        var notes = page.Locator($"#f-{Erik}-privateNotes");
        await Expect(notes).ToBeVisibleAsync();
        await context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Expect(page.Locator("[data-testid=connection-banner]")).ToBeVisibleAsync();
        await notes.ClickAsync();
        await notes.PressAsync("Control+End");
        await notes.PressSequentiallyAsync(" Typed offline.");
        await notes.PressAsync("Tab");
        await context.SetOfflineAsync(false);

        // Act
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await page.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']").ClickAsync();

        // Assert
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        await Eventually.TrueAsync(() => session.State.Stakeholders[Erik].PrivateNotes!.EndsWith("Typed offline.", StringComparison.Ordinal),
            "The edit made offline never reached the room after the reload.");
        await Expect(page.Locator($"#f-{Erik}-privateNotes")).ToHaveValueAsync(session.State.Stakeholders[Erik].PrivateNotes!);
        await Eventually.TrueAsync(async () => await page.EvaluateAsync<int>("() => dealRoom.unsentCount()") == 0, "The browser still keeps the sent edit.");
    }

    /// <summary>
    /// Waits for Blazor's own next attempt (5 s apart once the first ten quick ones failed offline); when the banner
    /// says the attempts gave up, does what its "Try again" does, as a person would.
    /// </summary>
    private static Task ReconnectAsync(Microsoft.Playwright.IPage page) => Eventually.TrueAsync(async () =>
    {
        var banner = page.Locator("[data-testid=connection-banner]");
        if (await banner.GetAttributeAsync("class") is { } classes && classes.Contains("components-reconnect-failed", StringComparison.Ordinal))
        {
            await page.EvaluateAsync("() => Blazor.reconnect().catch(() => false)");
        }

        return !await banner.IsVisibleAsync();
    }, "The circuit never came back.");
}
