using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>Auto-layout, the keyboard on the map, and the room at desktop size, checked in Chromium.</summary>
public class MapLayoutTests
{
    [Fact]
    public async Task TidyUp_ShouldLeaveNoCardOverlappingAndManagersAbove_OnEveryCanvasInTheRoom()
    {
        // Arrange: the owner and an expert have the room open at 1440×900.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var ownerContext = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        await using var expertContext = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var owner = await BrowserFixture.OpenRoomAsync(ownerContext, server, DemoUsers.Owner);
        var expert = await BrowserFixture.OpenRoomAsync(expertContext, server, DemoUsers.Expert);
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        var expected = AutoLayout.Moves(session.State, MapKind.Stakeholders);
        Assert.NotEmpty(expected);

        // Act: the owner tidies the stakeholder map up.
        await owner.Locator("[data-testid=auto-layout]").ClickAsync();

        // Assert: the room took every move; on both canvases no two cards overlap and each manager is above their reports.
        await Eventually.TrueAsync(
            () => expected.All(m => session.State.Stakeholders.TryGetValue(m.Id, out var s) ? (s.X, s.Y) == (m.X, m.Y) : session.State.TeamMembers[m.Id] is var t && (t.X, t.Y) == (m.X, m.Y)),
            "the layout's moves were not all committed");
        var reportsTo = session.State.Relationships.Values.Where(r => r.Kind == RelationshipKind.ReportsTo).ToList();
        foreach (var page in new[] { owner, expert })
        {
            await Eventually.TrueAsync(async () => OrgChartHolds(await PageGeometry.CardsAsync(page), reportsTo), "the canvas does not show the org chart");
            var cards = await PageGeometry.CardsAsync(page);
            Assert.Equal(session.State.Stakeholders.Count + session.State.TeamMembers.Count, cards.Count);
            PageGeometry.AssertNoOverlap(cards);
        }

        // The pictures for the README: the pointer off the buttons (no tooltip).
        await owner.Mouse.MoveAsync(1200, 600);
        await PageGeometry.SaveScreenshotAsync(owner, "stakeholder-map-1440.png");

        // Act 2: the vision map, left to right.
        await owner.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(owner.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();
        await owner.Locator("[data-testid=auto-layout]").ClickAsync();
        var elements = session.State.VisionElements.Values;
        var current = elements.First(e => e.Type == VisionElementType.CurrentState).Id;
        var future = elements.First(e => e.Type == VisionElementType.FutureState).Id;
        await Eventually.TrueAsync(
            async () => await PageGeometry.CardsAsync(owner) is var v && elements.All(e => e.Id == current || v[current].Right <= v[e.Id].X)
                && elements.All(e => e.Id == future || v[e.Id].Right <= v[future].X),
            "the current state is not left of everything and the future state right of everything");
        PageGeometry.AssertNoOverlap(await PageGeometry.CardsAsync(owner));
        await owner.Locator("[data-testid=zoom-fit]").ClickAsync();
        await owner.Mouse.MoveAsync(1200, 600);
        await PageGeometry.SaveScreenshotAsync(owner, "vision-map-1440.png");
    }

    [Fact]
    public async Task Card_ShouldMoveWithArrowsOpenWithEnterAndAskBeforeDeleting_WhenFocusedFromTheKeyboard()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        var lena = session.State.Stakeholders["sh-lena"];
        var card = page.Locator("[data-testid=stakeholder-card][data-id='sh-lena']");

        // Act 1: focus the card and press the right arrow twice, then Shift+Down.
        await card.FocusAsync();
        await Expect(card).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Eventually.TrueAsync(() => session.State.Stakeholders["sh-lena"].X == lena.X + CanvasAdapter.KeyStep, "the first arrow did not move the card");
        await page.Keyboard.PressAsync("Shift+ArrowDown");

        // Assert 1: the moves went through the room.
        await Eventually.TrueAsync(
            () => session.State.Stakeholders["sh-lena"] is var s && s.X == lena.X + CanvasAdapter.KeyStep && s.Y == lena.Y + (4 * CanvasAdapter.KeyStep),
            "the arrow keys did not move the card");

        // Act 2 / Assert 2: Enter opens the card's details.
        await card.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=stakeholder-panel]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=panel-title]")).ToHaveTextAsync(lena.Name);

        // Act 3 / Assert 3: Delete asks first; Cancel keeps the card.
        await card.FocusAsync();
        await page.Keyboard.PressAsync("Delete");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(card).ToHaveCountAsync(1);
        Assert.True(session.State.Stakeholders.ContainsKey("sh-lena"));
    }

    private static bool OrgChartHolds(IReadOnlyDictionary<string, PageGeometry.Box> cards, IEnumerable<Relationship> reportsTo) =>
        reportsTo.All(r => cards.TryGetValue(r.ToId, out var manager) && cards.TryGetValue(r.FromId, out var report) && manager.Bottom <= report.Y);
}
