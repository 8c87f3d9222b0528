using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class AccountNetworkMapTests
{
    [Fact]
    public async Task NetworkMap_ShouldShowThePeopleOurTeamAndTheThinSpots_WhenTheManagerOpensTheTab()
    {
        // Arrange: the account's manager, on a laptop screen.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Manager.Email, DemoUsers.Manager.Password);
        await page.GotoAsync($"{server.BaseUrl}/accounts/{DemoRoom.AccountId}");
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();

        // Act: open the network map.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Relationship map" }).ClickAsync();

        // Assert: one card per person, our people, and the thin spots marked on the cards.
        await Expect(page.Locator("[data-testid=contact-card]", new() { HasText = "Maria Santos" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=contact-card]", new() { HasText = "Maria Santos" })).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=network-member-card]", new() { HasText = "Alex Carter" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=contact-card]", new() { HasText = "Maria Santos" }).Locator("[data-testid=thin-spot-mark]"))
            .ToHaveTextAsync("Ex-champion uncovered");
        await Expect(page.Locator("[data-testid=network-member-card]", new() { HasText = "Alex Carter" }).Locator("[data-testid=thin-spot-mark]"))
            .ToBeVisibleAsync();
        await page.Locator(".mud-tab-slider").EvaluateAsync("e => Promise.all(e.getAnimations().map(a => a.finished))");
        await PageGeometry.SaveScreenshotAsync(page, "account-network-map-1440.png");

        // Act: a person's details, with a link to each of their rooms and their history.
        await page.Locator("[data-testid=contact-card]", new() { HasText = "Maria Santos" }).ClickAsync();
        var detail = page.Locator("[data-testid=contact-detail]");
        await Expect(detail).ToContainTextAsync("Maria Santos");
        await Expect(detail.Locator("[data-testid=appearance]")).ToHaveCountAsync(3);
        await Expect(detail.Locator("[data-testid=appearance] a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/rooms/"));
        await Expect(detail.Locator("[data-testid=timeline-entry]").First).ToBeVisibleAsync();
        await PageGeometry.SaveScreenshotAsync(page, "account-network-map-contact-1440.png");
    }
}
