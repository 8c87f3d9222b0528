using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>The room on a 390×844 phone screen: list first, the map a tap away, the panel as a bottom drawer.</summary>
public class PhoneLayoutTests
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task Room_ShouldFitThePhoneScreenWithNothingOffScreenOrOverlapping_InListMapAndDrawer()
    {
        // Arrange
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = Width, Height = Height },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Owner.Email, DemoUsers.Owner.Password);

        // Act 1: open the room.
        await page.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}");
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=stakeholder-table]")).ToBeVisibleAsync();

        // Assert 1: the list shows first; no sideways scroll; the essentials are on screen and apart.
        await Expect(page.Locator("[data-testid=canvas-stakeholders]")).ToBeHiddenAsync();
        await AssertFitsAsync(page);
        var essentials = new Dictionary<string, ILocator>
        {
            ["room name"] = page.Locator("[data-testid=room-name]"),
            ["map tabs"] = page.Locator(".room-tabs"),
            ["map button"] = page.Locator("[data-testid=phone-show-map]"),
            ["add stakeholder"] = page.Locator("[data-testid=add-stakeholder]"),
            ["drawer handle"] = page.Locator("[data-testid=drawer-handle]"),
        };
        var boxes = new List<PageGeometry.Box>();
        foreach (var (name, locator) in essentials)
        {
            await PageGeometry.AssertOnScreenAsync(locator, name, Width, Height);
            boxes.Add(await PageGeometry.BoxAsync(locator, name));
        }

        PageGeometry.AssertNoOverlap(boxes.ToDictionary(b => b.Id));
        await PageGeometry.SaveScreenshotAsync(page, "room-list-390.png");

        // Act 2: a tap shows the map.
        await page.Locator("[data-testid=phone-show-map]").ClickAsync();
        await Expect(page.Locator("[data-testid=stakeholder-card]").First).ToBeVisibleAsync();

        // Assert 2: the map takes the screen below the toolbar, above the drawer's handle; still no sideways scroll.
        await PageGeometry.SaveScreenshotAsync(page, "stakeholder-map-390.png");
        await AssertFitsAsync(page);
        var canvas = await PageGeometry.BoxAsync(page.Locator("[data-testid=canvas-stakeholders]"), "canvas");
        var handle = await PageGeometry.BoxAsync(page.Locator("[data-testid=drawer-handle]"), "drawer handle");
        Assert.True(canvas.Height >= Height / 2, $"the map is only {canvas.Height}px high");
        Assert.True(canvas.Bottom <= handle.Y + 0.5, $"the drawer's handle {handle} covers the map {canvas}");

        // Act 3: tapping a card opens the drawer with its details.
        await page.Locator("[data-testid=stakeholder-card]").First.ClickAsync();
        await Expect(page.Locator("[data-testid=stakeholder-panel]")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await PageGeometry.AssertOnScreenAsync(page.Locator(".room-panel"), "drawer", Width, Height);
        await PageGeometry.SaveScreenshotAsync(page, "drawer-390.png");

        // Act 4: the drawer closes; the vision map is a tab away.
        await page.Locator("[data-testid=drawer-handle]").ClickAsync();
        await Expect(page.Locator("[data-testid=stakeholder-panel]")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(page.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await PageGeometry.SaveScreenshotAsync(page, "vision-map-390.png");
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var scrollWidth = await PageGeometry.ScrollWidthAsync(page);
        Assert.True(scrollWidth <= Width, $"the page scrolls sideways: scrollWidth {scrollWidth}");
    }
}
