using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Experts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class ExpertRequestTests
{
    [Fact]
    public async Task AssigningAnExpertFromTheQueue_ShouldPutTheirCardInTheRoom_ForAnotherBrowserAtOnce()
    {
        // Arrange: the deal owner has the demo room open; the executive account manager signs in and sees the bell.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var ownerContext = await browser.NewUserAsync();
        await using var managerContext = await browser.NewUserAsync();
        var owner = await BrowserFixture.OpenRoomAsync(ownerContext, server, DemoUsers.Owner);
        var riley = DemoUsers.SecondExpert;
        await Expect(owner.Locator("[data-testid=team-card]", new() { HasText = riley.DisplayName })).ToHaveCountAsync(0);
        var manager = await BrowserFixture.SignInAsync(managerContext, server.BaseUrl, DemoUsers.Manager.Email, DemoUsers.Manager.Password);
        await Expect(manager.Locator("[data-testid=notification-count]")).ToContainTextAsync("1");

        // The queue's buttons work once its page is interactive: a click on the prerendered page would do nothing.
        await Expect(manager.Locator("[data-testid=interactive]")).ToBeAttachedAsync();

        // Act: she opens her queue, where the demo's request ranks the finance expert first, and assigns her.
        await manager.Locator("[data-testid=expert-queue-link]").ClickAsync();
        var request = manager.Locator($"[data-testid=expert-request][data-id={DemoExperts.RequestId}]");
        await Expect(request.Locator("[data-testid=candidate]").First).ToHaveAttributeAsync("data-user", riley.Id);
        await Expect(manager.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(request.Locator($"[data-testid=candidate][data-user={riley.Id}] [data-testid=assign-expert]")).ToBeEnabledAsync();
        await request.Locator($"[data-testid=candidate][data-user={riley.Id}] [data-testid=assign-expert]").ClickAsync();

        // Assert: the request is closed in her queue, and the expert's linked card appears in the owner's open room.
        await Expect(request.Locator("[data-testid=request-assigned]")).ToContainTextAsync(riley.DisplayName);
        var card = owner.Locator("[data-testid=team-card]", new() { HasText = riley.DisplayName });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToHaveAttributeAsync("data-linked", "true");
        await Expect(card).ToContainTextAsync("Domain expert");
    }
}
