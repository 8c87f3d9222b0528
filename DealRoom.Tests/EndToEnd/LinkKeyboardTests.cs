using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>Links on the map are reached with Tab, opened with Enter and removed with Delete, as cards are.</summary>
public class LinkKeyboardTests
{
    [Fact]
    public async Task Keyboard_ShouldReachALinkOpenItsPanelAndRemoveIt_WhenTheOwnerUsesTabEnterAndDelete()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);

        var id = await TabToALinkAsync(page);
        var link = page.Locator($"g.map-link[data-id='{id}']");
        Assert.Matches(@"^\S.* \S.*$", await link.GetAttributeAsync("aria-label") ?? string.Empty);

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=relationship-panel], [data-testid=coverage-panel]")).ToBeVisibleAsync();

        await link.FocusAsync();
        await page.Keyboard.PressAsync("Delete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(link).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Keyboard_ShouldNotRemoveALink_WhenAViewerPressesDeleteOnIt()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Viewer);

        var id = await TabToALinkAsync(page);
        await page.Keyboard.PressAsync("Delete");

        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator($"g.map-link[data-id='{id}']")).ToHaveCountAsync(1);
    }

    /// <summary>From the first card, Shift+Tab walks back into the links (drawn before the cards); the focused link's id.</summary>
    private static async Task<string> TabToALinkAsync(IPage page)
    {
        await page.Locator("[data-testid=stakeholder-card]").First.FocusAsync();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            var id = await page.EvaluateAsync<string?>("() => document.activeElement?.closest('g.map-link')?.getAttribute('data-id') ?? null");
            if (id is not null)
            {
                return id;
            }
        }

        throw new InvalidOperationException("Tab never reached a link.");
    }
}
