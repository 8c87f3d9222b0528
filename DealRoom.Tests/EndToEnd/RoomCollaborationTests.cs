using System.Text.RegularExpressions;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public partial class RoomCollaborationTests
{
    [Fact]
    public async Task TwoBrowsers_ShouldSeeEachOthersEdits_WhenOneAddsAndDragsAStakeholderAndTheOtherEditsItsTitle()
    {
        // Arrange
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        await Expect(pageA.Locator("[data-testid=presence-avatar]")).ToHaveCountAsync(2);

        // Act 1: A adds a stakeholder and drags it with the mouse.
        await pageA.Locator("[data-testid=add-stakeholder]").ClickAsync();
        var cardA = pageA.Locator("[data-testid=stakeholder-card]", new() { HasText = "New stakeholder" });
        await Expect(cardA).ToBeVisibleAsync();
        var id = await cardA.GetAttributeAsync("data-id") ?? throw new InvalidOperationException("The new card has no data-id.");
        var nodeA = pageA.Locator($".diagram-node[data-node-id='{id}']");
        var nodeB = pageB.Locator($".diagram-node[data-node-id='{id}']");
        await Expect(nodeB).ToBeVisibleAsync();
        var before = await nodeA.GetAttributeAsync("style");

        // New cards land in free space anywhere in view: drag towards the middle of the map, so the card stays in view.
        var box = await cardA.BoundingBoxAsync() ?? throw new InvalidOperationException("The new card has no box.");
        var canvas = await pageA.Locator("[data-testid=canvas-stakeholders]").BoundingBoxAsync() ?? throw new InvalidOperationException("No canvas.");
        var dx = box.X + (box.Width / 2) < canvas.X + (canvas.Width / 2) ? 1 : -1;
        var dy = box.Y + (box.Height / 2) < canvas.Y + (canvas.Height / 2) ? 1 : -1;
        await pageA.Mouse.MoveAsync(box.X + 40, box.Y + 30);
        await pageA.Mouse.DownAsync();
        await pageA.Mouse.MoveAsync(box.X + 40 + (dx * 100), box.Y + 30 + (dy * 60), new() { Steps = 8 });
        await pageA.Mouse.MoveAsync(box.X + 40 + (dx * 200), box.Y + 30 + (dy * 120), new() { Steps = 8 });
        await pageA.Mouse.UpAsync();

        // Assert 1: A settles on the committed (whole-pixel) position, and B shows the card there too.
        await Expect(nodeA).Not.ToHaveAttributeAsync("style", before ?? string.Empty);
        await Expect(nodeA).ToHaveAttributeAsync("style", WholePixelPosition());
        var movedStyle = await nodeA.GetAttributeAsync("style") ?? string.Empty;
        await Expect(nodeB).ToHaveAttributeAsync("style", movedStyle);

        // Act 2: B selects the card and edits its title in the panel.
        await pageB.Locator($"[data-testid=stakeholder-card][data-id='{id}']").ClickAsync();
        var title = pageB.Locator($"#f-{id}-title");
        await Expect(title).ToBeVisibleAsync();
        await title.FillAsync("Head of Logistics");
        await title.PressAsync("Tab");

        // Assert 2: A's card shows the new title, and A sees B's selection as a coloured ring.
        await Expect(cardA.Locator(".card-title")).ToHaveTextAsync("Head of Logistics");
        await Expect(cardA).ToHaveAttributeAsync("style", BoxShadowRing());

        // Screenshots of both maps, for the test output.
        await cardA.ClickAsync();
        // The README's pictures come from MapLayoutTests and PhoneLayoutTests (docs/screenshots).
        await SaveScreenshotAsync(pageA, "stakeholder-map.png", alsoToDocs: null);
        await pageA.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(pageA.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();
        await pageA.Locator("[data-testid=vision-table] .row-link", new() { HasText = "Forecast accuracy" }).ClickAsync();
        await Expect(pageA.Locator("[data-testid=vision-element-panel]")).ToBeVisibleAsync();
        await Expect(pageA.Locator(".diagram-node.selected[data-node-id='ve-metric-accuracy']")).ToBeVisibleAsync();
        await SaveScreenshotAsync(pageA, "vision-map.png", alsoToDocs: null);
    }

    [Fact]
    public async Task Canvas_ShouldCommitARelationship_WhenALinkIsDrawn_AndRemoveACard_WhenDeleteIsConfirmed()
    {
        // Arrange
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        var relationships = page.Locator("g.map-link[data-kind=Relationship]");
        await Expect(relationships).ToHaveCountAsync(10);

        // Act 1: select Lena's card and drag its link arrow onto Sofia's card.
        await page.Locator("[data-testid=stakeholder-card][data-id='sh-lena']").ClickAsync();
        var arrow = page.Locator(".diagram-control.DragNewLinkControl");
        await Expect(arrow).ToBeVisibleAsync();
        var from = await arrow.BoundingBoxAsync() ?? throw new InvalidOperationException("No link arrow.");
        var to = await page.Locator("[data-testid=stakeholder-card][data-id='sh-sofia']").BoundingBoxAsync()
            ?? throw new InvalidOperationException("No card for Sofia.");
        await page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + (to.Width / 2), to.Y + (to.Height / 2), new() { Steps = 10 });
        await page.Mouse.UpAsync();

        // Assert 1: the drawn link became a committed relationship (and the panel can edit it).
        await Expect(relationships).ToHaveCountAsync(11);

        // Act 2: select Sofia's card, press Delete and confirm.
        await page.Locator("[data-testid=stakeholder-card][data-id='sh-sofia']").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        // Assert 2: the card, its links and its row are gone.
        await Expect(page.Locator("[data-testid=stakeholder-card][data-id='sh-sofia']")).ToHaveCountAsync(0);
        await Expect(relationships).ToHaveCountAsync(9);
        await Expect(page.Locator("[data-testid=stakeholder-table]")).ToContainTextAsync("Stakeholders (7)");
    }


    private static async Task SaveScreenshotAsync(IPage page, string name, string? alsoToDocs)
    {
        var root = BrowserFixture.RepositoryRoot();
        var folder = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        // The README's screenshot is refreshed on request only, so a test run leaves the work tree clean.
        if (alsoToDocs is not null && Environment.GetEnvironmentVariable("DEALROOM_UPDATE_DOCS_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(root, "docs", alsoToDocs);
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(path, docs, overwrite: true);
            TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {docs}");
        }
    }

    [GeneratedRegex(@"^top: -?\d+px; left: -?\d+px$")]
    private static partial Regex WholePixelPosition();

    [GeneratedRegex(@"box-shadow: 0 0 0 3px #[0-9a-f]{6}")]
    private static partial Regex BoxShadowRing();
}
