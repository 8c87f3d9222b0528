using Deque.AxeCore.Playwright;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>axe-core over every page a person reaches: no serious or critical violation.</summary>
public class AccessibilityTests
{
    [Fact]
    public async Task TeamPages_ShouldHaveNoSeriousOrCriticalAxeViolation_OnRoomsRoomMapsAndAccess()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var problems = new List<string>();

        // The rooms page.
        var page = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Owner.Email, DemoUsers.Owner.Password);
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "rooms page"));

        // The room: both maps, with a card selected so the side panel's form is checked too.
        await page.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}");
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=stakeholder-card]").First).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "stakeholder map"));
        await page.Locator("[data-testid=stakeholder-card]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=stakeholder-panel]")).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "stakeholder map with a card selected"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(page.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "vision map"));

        // The access page.
        await page.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}/access");
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=create-invitation]")).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "access page"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task CustomerPages_ShouldHaveNoSeriousOrCriticalAxeViolation_OnTheInvitationAndTheCustomerRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var (_, token) = await Customers.InviteAsync(server, DemoRoom.RoomId, ct);
        var problems = new List<string>();

        // The invitation's landing page, then the customer's room.
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{server.BaseUrl}/invite/{token}");
        await Expect(page.Locator("[data-testid=join-session]")).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "invitation page"));
        await page.Locator("#name").FillAsync("Carla Customer");
        await page.Locator("[data-testid=join-session]").ClickAsync();
        await Expect(page.Locator("[data-testid=customer-view]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "customer room"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task AccountPage_ShouldHaveNoSeriousOrCriticalAxeViolation_OnTheNetworkTableAndMap()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var problems = new List<string>();
        var page = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Manager.Email, DemoUsers.Manager.Password);
        await page.GotoAsync($"{server.BaseUrl}/accounts/{DemoRoom.AccountId}");
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();

        // The network as a table, then as a map, with nothing and then a person selected.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Network", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=network-row]").First).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "account network table"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Relationship map" }).ClickAsync();
        await Expect(page.Locator("[data-testid=contact-card]").First).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "account network map"));
        await page.Locator("[data-testid=contact-card]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=contact-detail]")).ToBeVisibleAsync();
        problems.AddRange(await SeriousViolationsAsync(page, "account network map with a person selected"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Each serious or critical violation axe finds, with the first few elements it points at.</summary>
    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help}: "
                + string.Join(" | ", v.Nodes.Take(4).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html)));
    }
}
