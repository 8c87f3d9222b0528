using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>The access page shows a room's viewer the team, never the customers' invitations.</summary>
public class AccessPagePrivacyTests
{
    [Fact]
    public async Task AccessPage_ShouldHideTheInvitations_WhenAViewerOpensIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await Customers.InviteAsync(server, DemoRoom.RoomId, ct);
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var viewer = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Viewer.Email, DemoUsers.Viewer.Password);

        await viewer.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}/access");

        await Expect(viewer.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(viewer.Locator("[data-testid=members]")).ToContainTextAsync(DemoUsers.Owner.DisplayName);
        await Expect(viewer.Locator("[data-testid=invitations-owners-only]")).ToBeVisibleAsync();
        await Expect(viewer.Locator("[data-testid=invitations]")).ToHaveCountAsync(0);
        Assert.DoesNotContain("carla@customer.example", await viewer.Locator("body").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
