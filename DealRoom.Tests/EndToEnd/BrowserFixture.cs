using Microsoft.Playwright;

namespace DealRoom.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download cannot work here). A missing browser fails the
/// test with a clear message: an end-to-end test that silently skips proves nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private BrowserFixture(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserFixture> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"Chromium is not installed at {ChromiumPath}: install it with 'apt-get install -y chromium' to run the end-to-end tests.");
        }

        // A shared 2-core machine can take several seconds to bring a circuit up: wait for conditions, generously.
        Assertions.SetDefaultExpectTimeout(20_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserFixture(playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies and storage: a separate user) at a desktop size.</summary>
    public Task<IBrowserContext> NewUserAsync() =>
        Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>The repository root (where DealRoom.sln is), for artifacts and docs.</summary>
    public static string RepositoryRoot() => Support.RepositoryRoot.Path;

    /// <summary>Signs a team member in and opens the demo room, once its circuit is live and its map drawn.</summary>
    public static async Task<IPage> OpenRoomAsync(IBrowserContext context, Support.DealRoomServer server, DealRoom.Web.Features.Access.DemoUser user)
    {
        var page = await SignInAsync(context, server.BaseUrl, user.Email, user.Password);
        await page.GotoAsync($"{server.BaseUrl}/rooms/{DealRoom.Web.Persistence.DemoRoom.RoomId}");
        await Assertions.Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("[data-testid=stakeholder-card]").First).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Signs a browser context in through the real sign-in form.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, string baseUrl, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("[data-testid=sign-in]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToBeVisibleAsync();
        return page;
    }
}
