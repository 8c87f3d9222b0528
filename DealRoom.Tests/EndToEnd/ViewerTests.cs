using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>A viewer sees the room and nothing that pretends they could change it.</summary>
public class ViewerTests
{
    [Fact]
    public async Task Viewer_ShouldGetNoDeleteNoAddersNoArrowsAndNoDrag_WhenOpeningTheRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Viewer);
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        var version = session.State.Version;
        var card = page.Locator("[data-testid=stakeholder-card][data-id='sh-erik']");
        var other = page.Locator("[data-testid=stakeholder-card][data-id='sh-maria']");
        var before = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("No card.");
        var otherBefore = await other.BoundingBoxAsync() ?? throw new InvalidOperationException("No card.");

        // A drag of the card does nothing.
        await page.Mouse.MoveAsync(before.X + 40, before.Y + 30);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(before.X + 140, before.Y + 90, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        // Selected, its panel shows values without a delete button or the adders; the card has no link arrow.
        await Expect(page.Locator("[data-testid=stakeholder-panel]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=panel-title]")).ToHaveTextAsync(session.State.Stakeholders["sh-erik"].Name);
        await Expect(page.Locator("[data-testid=delete-element]")).ToHaveCountAsync(0);
        await Expect(page.Locator("text=Add a relationship")).ToHaveCountAsync(0);
        await Expect(page.Locator(".diagram-control.DragNewLinkControl")).ToHaveCountAsync(0);
        // A press-and-drag on a locked card pans the map (everything moves together); the card never moves on its own.
        var after = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("No card.");
        var otherAfter = await other.BoundingBoxAsync() ?? throw new InvalidOperationException("No card.");
        Assert.Equal(before.X - otherBefore.X, after.X - otherAfter.X, 1);
        Assert.Equal(before.Y - otherBefore.Y, after.Y - otherAfter.Y, 1);
        Assert.Equal(version, session.State.Version);
    }
}
