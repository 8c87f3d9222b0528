using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>The time machine in a browser: an iteration opened, compared with now, a deleted stakeholder restored.</summary>
public class HistoryTests
{
    [Fact]
    public async Task HistoryView_ShouldRestoreADeletedStakeholder_WhenAnIterationIsComparedWithNow()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        using (var colleague = session.Join(new RoomGrant("user-sam", "Sam Patel", ParticipantKind.Team, CanEdit: true), "conn-sam"))
        {
            Assert.Null((await colleague.SubmitAsync("op-it", new MarkIteration("it-e2e", "Before the call"), ct)).Error);
            Assert.Null((await colleague.SubmitAsync("op-del", new RemoveElement("sh-erik"), ct)).Error);
        }

        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        await Expect(page.Locator("[data-testid=stakeholder-card][data-id='sh-erik']")).ToHaveCountAsync(0);

        // The history opens at the latest iteration, read-only, with the deleted stakeholder on its map.
        await page.Locator("[data-testid=open-history]").ClickAsync();
        await Expect(page.Locator("[data-testid=history-viewing]")).ToContainTextAsync("iteration Before the call");
        var erik = page.Locator("[data-testid=history-view] [data-testid=stakeholder-card][data-id='sh-erik']");
        await Expect(erik).ToBeVisibleAsync();

        // Compared with now: the change in the method's words, and the card marked as removed.
        await page.Locator("[data-testid=compare-now]").ClickAsync();
        await Expect(page.Locator("[data-testid=change-item][data-kind=stakeholderLeft]")).ToContainTextAsync("Erik Lindqvist");
        await Expect(erik.Locator("[data-testid=change-badge]")).ToHaveAttributeAsync("data-change", "removed");

        // Restored from the iteration: an ordinary operation; back to now, Erik is on the live map again.
        await page.Locator("[data-testid=deleted-item][data-id='sh-erik'] [data-testid=restore-element]").ClickAsync();
        await Eventually.TrueAsync(() => session.State.Stakeholders.ContainsKey("sh-erik"), "Erik is restored in the room");
        await Expect(page.Locator("[data-testid=deleted-item][data-id='sh-erik']")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=history-back]").ClickAsync();
        await Expect(page.Locator("[data-testid=history-view]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=stakeholder-card][data-id='sh-erik']")).ToBeVisibleAsync();
        Assert.Contains(session.State.Relationships.Values, r => r.Id == "rel-1"); // with what hung on him
    }
}
