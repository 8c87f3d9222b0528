using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>Presence that helps a meeting: a card moves on everyone's screen while it is dragged, pointers and selections carry names.</summary>
public class LivePresenceTests
{
    [Fact]
    public async Task DraggedCard_ShouldMoveInTheOtherBrowser_WhileStillHeld_AndTheDropShouldCommitOneMove()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        await Expect(pageA.Locator("[data-testid=presence-avatar]")).ToHaveCountAsync(2);
        await Expect(pageA.Locator("[data-testid=share-cursor][aria-pressed=true]")).ToBeVisibleAsync();
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        var cardA = pageA.Locator("[data-testid=stakeholder-card]").First;
        var id = await cardA.GetAttributeAsync("data-id") ?? throw new InvalidOperationException("The card has no data-id.");
        var nodeA = pageA.Locator($".diagram-node[data-node-id='{id}']");
        var nodeB = pageB.Locator($".diagram-node[data-node-id='{id}']");
        var startB = await nodeB.GetAttributeAsync("style") ?? string.Empty;
        var versionBefore = session.State.Version;

        // Act 1: A presses on the card and moves it, without letting go.
        var box = await cardA.BoundingBoxAsync() ?? throw new InvalidOperationException("The card has no box.");
        var canvas = await pageA.Locator("[data-testid=canvas-stakeholders]").BoundingBoxAsync() ?? throw new InvalidOperationException("No canvas.");
        var dx = box.X + (box.Width / 2) < canvas.X + (canvas.Width / 2) ? 1 : -1;
        var dy = box.Y + (box.Height / 2) < canvas.Y + (canvas.Height / 2) ? 1 : -1;
        await pageA.Mouse.MoveAsync(box.X + 40, box.Y + 30);
        await pageA.Mouse.DownAsync();
        await pageA.Mouse.MoveAsync(box.X + 40 + (dx * 80), box.Y + 30 + (dy * 50), new() { Steps = 6 });
        await pageA.Mouse.MoveAsync(box.X + 40 + (dx * 160), box.Y + 30 + (dy * 100), new() { Steps = 6 });

        // Assert 1: B sees the card move, and A's named pointer, while nothing is committed yet.
        await Expect(nodeB).Not.ToHaveAttributeAsync("style", startB);
        var pointer = pageB.Locator($"[data-testid=remote-cursor][data-name='{DemoUsers.Owner.DisplayName}']");
        await Expect(pointer).ToBeVisibleAsync();
        await Expect(pointer).ToContainTextAsync(DemoUsers.Owner.DisplayName);
        // The throttle always sends the latest step: B ends up exactly where A holds the card.
        await Eventually.TrueAsync(
            async () => await nodeB.GetAttributeAsync("style") == await nodeA.GetAttributeAsync("style"),
            "B never showed the card where A holds it");
        Assert.Equal(versionBefore, session.State.Version);
        await PageGeometry.SaveScreenshotAsync(pageB, "live-drag-other-browser.png");

        // Act 2: A drops the card.
        await pageA.Mouse.UpAsync();

        // Assert 2: exactly one moveNode is committed, and B shows the card where A dropped it.
        await Eventually.TrueAsync(() => session.State.Version == versionBefore + 1, "the drop committed nothing");
        var changes = await session.GetChangesSinceAsync(versionBefore, ct);
        var only = Assert.Single(changes.Operations!);
        var move = Assert.IsType<MoveNode>(only.Operation);
        Assert.Equal(id, move.Id);
        var committed = FormattableString.Invariant($"top: {move.Y}px; left: {move.X}px");
        await Expect(nodeA).ToHaveAttributeAsync("style", committed);
        await Expect(nodeB).ToHaveAttributeAsync("style", committed);
        Assert.Equal(versionBefore + 1, session.State.Version);
    }

    [Fact]
    public async Task SelectionRing_ShouldCarryTheName_AndAPointerSwitchedOff_ShouldLeaveTheOthersScreen()
    {
        // Arrange
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        await Expect(pageA.Locator("[data-testid=presence-avatar]")).ToHaveCountAsync(2);
        await Expect(pageB.Locator("[data-testid=share-cursor][aria-pressed=true]")).ToBeVisibleAsync();
        var cardB = pageB.Locator("[data-testid=stakeholder-card]").Nth(1);
        var id = await cardB.GetAttributeAsync("data-id") ?? throw new InvalidOperationException("The card has no data-id.");

        // Act 1: B selects a card (its pointer crosses the map on the way).
        await cardB.ClickAsync();

        // Assert 1: A sees B's ring on that card with B's name on it, and B's named pointer.
        var label = pageA.Locator($".diagram-node[data-node-id='{id}'] [data-testid=selection-name]");
        await Expect(label).ToHaveTextAsync(DemoUsers.Expert.DisplayName);
        var pointer = pageA.Locator($"[data-testid=remote-cursor][data-name='{DemoUsers.Expert.DisplayName}']");
        await Expect(pointer).ToBeVisibleAsync();

        // Act 2: B switches sharing their pointer off.
        await pageB.Locator("[data-testid=share-cursor]").ClickAsync();

        // Assert 2: B's pointer leaves A's screen, and B's browser remembers the choice after a reload.
        await Expect(pointer).ToHaveCountAsync(0);
        await pageB.ReloadAsync();
        await Expect(pageB.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(pageB.Locator("[data-testid=share-cursor][aria-pressed=false]")).ToBeVisibleAsync();
    }
}
