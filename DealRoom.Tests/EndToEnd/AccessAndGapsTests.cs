using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class AccessAndGapsTests
{
    [Fact]
    public async Task InvitedCustomer_ShouldCoEditTheVisionMapLive_AndSeeTheSessionEnd_WhenRevoked()
    {
        // Arrange: the owner signs in and creates an invitation on the room's access page.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var ownerContext = await browser.NewUserAsync();
        await using var customerContext = await browser.NewUserAsync();
        var owner = await BrowserFixture.SignInAsync(ownerContext, server.BaseUrl, DemoUsers.Owner.Email, DemoUsers.Owner.Password);
        await owner.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}/access");
        await Expect(owner.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await owner.Locator("input[data-testid=invite-name], [data-testid=invite-name] input").FillAsync("Carla Jensen");
        await owner.Locator("input[data-testid=invite-email], [data-testid=invite-email] input").FillAsync("carla@northwind.example");
        await owner.Locator("[data-testid=create-invitation]").ClickAsync();
        var linkBox = owner.Locator("[data-testid=invitation-link]");
        await Expect(linkBox).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("/invite/[A-Za-z0-9_-]{40,}$"));
        var link = (await linkBox.TextContentAsync())!.Trim();

        // Act 1: the customer opens the link in their own browser, gives their name, and lands in the customer view.
        var customer = await customerContext.NewPageAsync();
        await customer.GotoAsync(link);
        await customer.Locator("#name").FillAsync("Carla Jensen");
        await customer.Locator("[data-testid=join-session]").ClickAsync();
        await Expect(customer.Locator("[data-testid=customer-view]")).ToBeVisibleAsync();
        await Expect(customer.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(customer.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();

        // The customer never sees the team's assessments.
        await Expect(customer.Locator("[data-testid=stakeholder-card]")).ToHaveCountAsync(0);
        await Expect(customer.Locator("[data-testid=gap-panel]")).ToHaveCountAsync(0);
        var text = await customer.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Skeptic", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Burned by the last CRM", text, StringComparison.Ordinal);

        // Act 2: the owner watches the shared-vision map while the customer adds a desired result.
        await owner.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}");
        await Expect(owner.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(owner.Locator("[data-testid=stakeholder-card]").First).ToBeVisibleAsync();
        await owner.GetByRole(AriaRole.Tab, new() { Name = "Shared vision" }).ClickAsync();
        await Expect(owner.Locator("[data-testid=vision-card]").First).ToBeVisibleAsync();
        await customer.Locator("[data-testid=add-vision-element]").ClickAsync();
        await customer.Locator(".mud-popover-open .mud-menu-item, .mud-popover-open .mud-list-item", new() { HasText = "Desired result" }).First.ClickAsync();

        // Assert: the edit appears for the owner, live.
        await Expect(owner.Locator("[data-testid=vision-card]", new() { HasText = "New desired result" })).ToBeVisibleAsync();

        // Act 3: the owner revokes the invitation.
        await owner.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}/access");
        await Expect(owner.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await owner.Locator("[data-testid=revoke]").First.ClickAsync();
        await owner.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();

        // Assert: the customer's page says the session ended, and the link no longer opens anything.
        await Expect(customer.Locator("[data-testid=session-ended]")).ToContainTextAsync("revoked");
        var again = await customerContext.NewPageAsync();
        await again.GotoAsync(link);
        await Expect(again.Locator("[data-testid=invite-error]")).ToContainTextAsync("revoked");
    }

    [Fact]
    public async Task StanceSetToBlocker_ShouldMakeTheMatchingGapAppear_InTheOtherBrowsersPanel()
    {
        // Arrange: two team members in the demo room; the second watches the gap panel.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        await pageB.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Gaps") }).ClickAsync();
        var gap = pageB.Locator("[data-testid=gap][data-gap-id='C6:sh-david']");
        await Expect(pageB.Locator("[data-testid=gap]").First).ToBeVisibleAsync();
        await Expect(gap).ToHaveCountAsync(0);

        // Act: A sets David Okafor's stance to Blocker in the side panel (nobody on the team covers him).
        await pageA.Locator("[data-testid=stakeholder-card][data-id='sh-david']").ClickAsync();
        await pageA.Locator("[data-field=stance] .mud-select").First.ClickAsync();
        await pageA.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Blocker" }).ClickAsync();

        // Assert: B's panel shows the gap, worded for a seller; clicking it selects David on B's canvas.
        await Expect(gap).ToBeVisibleAsync();
        await Expect(gap).ToContainTextAsync("David Okafor");
        await Expect(gap).ToContainTextAsync("nobody covers");
        await gap.Locator(".gap-title").ClickAsync();
        await Expect(pageB.Locator("[data-testid=stakeholder-card][data-id='sh-david']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
    }

}
