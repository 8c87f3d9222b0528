using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class CommentsTests
{
    [Fact]
    public async Task Comment_ShouldReachTheMentionedColleagueAtOnce_AndBeResolvedByThem()
    {
        // Arrange: two team members in the demo room.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);

        // Act 1: A selects Erik's card, opens the comments and writes an internal comment mentioning Sam.
        await pageA.Locator("[data-testid=stakeholder-card][data-id='sh-erik']").ClickAsync();
        await pageA.GetByRole(AriaRole.Tab, new() { NameRegex = CommentsTab() }).ClickAsync();
        await pageA.Locator("[data-testid=new-comment] textarea").PressSequentiallyAsync("Who covers Erik next week? @Sa");
        await pageA.Locator("[data-testid=mention-option]", new() { HasText = "Sam Patel" }).ClickAsync();
        await pageA.Locator("[data-testid=post-comment]").ClickAsync();

        // Assert 1: at once, B's comments tab counts one unread comment that mentions them, and Erik's card has a badge.
        var tabB = pageB.GetByRole(AriaRole.Tab, new() { NameRegex = CommentsTab() });
        await Expect(tabB).ToContainTextAsync("(1 · @1)");
        await Expect(pageB.Locator("[data-testid=stakeholder-card][data-id='sh-erik'] [data-testid=comment-badge]")).ToBeVisibleAsync();

        // Act 2: B opens the comments, sees the internal thread, and resolves it.
        await tabB.ClickAsync();
        var threadB = pageB.Locator("[data-testid=comment-thread]", new() { HasText = "Who covers Erik next week? @Sam Patel" });
        await Expect(threadB.Locator("[data-testid=thread-visibility]")).ToHaveTextAsync("Internal");
        await Expect(tabB).Not.ToContainTextAsync("(1");
        await threadB.Locator("[data-testid=resolve-thread]").ClickAsync();

        // Assert 2: A sees it resolved by Sam, and the card's badge is gone.
        var threadA = pageA.Locator("[data-testid=comment-thread]", new() { HasText = "Who covers Erik next week?" });
        await Expect(threadA.Locator("[data-testid=thread-resolved]")).ToHaveTextAsync("Resolved by Sam Patel");
        await Expect(pageA.Locator("[data-testid=stakeholder-card][data-id='sh-erik'] [data-testid=comment-badge]")).ToHaveCountAsync(0);
    }

    private static System.Text.RegularExpressions.Regex CommentsTab() => new("^Comments");

    [Fact]
    public async Task Customer_ShouldAnswerASharedThread_AndNeverSeeTheInternalOne()
    {
        // Arrange: the team (a hub client as the owner) opens an internal and a shared thread on a vision element.
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var team = await RoomClient.ConnectAsync(server, DemoRoom.RoomId, ct);
        await team.JoinAsync(ct);
        await team.SubmitAsync(new StartThread("th-internal", "ve-metric-accuracy", ThreadVisibility.Internal, "INTERNAL-ONLY: they will haggle on this", []), ct);
        await team.SubmitAsync(new StartThread("th-shared", "ve-metric-accuracy", ThreadVisibility.Shared, "Is 95 % your target?", []), ct);
        var (_, token) = await Customers.InviteAsync(server, DemoRoom.RoomId, ct, rights: "View");
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var customerContext = await browser.NewUserAsync();
        var customer = await customerContext.NewPageAsync();
        await customer.GotoAsync($"{server.BaseUrl}/invite/{token}");
        await customer.Locator("#name").FillAsync("Carla Jensen");
        await customer.Locator("[data-testid=join-session]").ClickAsync();
        await Expect(customer.Locator("[data-testid=interactive]")).ToBeAttachedAsync();

        // Act: the customer answers the shared thread; the team keeps talking internally.
        var shared = customer.Locator("[data-testid=comment-thread]", new() { HasText = "Is 95 % your target?" });
        await Expect(shared.Locator("[data-testid=thread-visibility]")).ToHaveTextAsync("Shared with customer");
        await shared.Locator("[data-testid=reply-box] textarea").FillAsync("Yes, by the end of next year.");
        await shared.Locator("[data-testid=reply]").ClickAsync();
        await Eventually.TrueAsync(() => team.State!.Threads["th-shared"].Comments.Count == 2, "the customer's answer never reached the team");
        await team.SubmitAsync(new ReplyToThread("c-internal", "th-internal", "INTERNAL-ONLY: agreed, hold the line", []), ct);
        await team.SubmitAsync(new ReplyToThread("c-shared", "th-shared", "Thank you, Carla", []), ct);

        // Assert: the answer is the customer's own; they see the team's shared reply, never the internal thread.
        Assert.Equal("Carla Jensen", team.State!.Threads["th-shared"].Comments[1].AuthorName);
        await Expect(shared).ToContainTextAsync("Thank you, Carla");
        await Expect(customer.Locator("[data-testid=comment-thread]")).ToHaveCountAsync(1);
        Assert.DoesNotContain("INTERNAL-ONLY", await customer.ContentAsync(), StringComparison.Ordinal);
    }
}
