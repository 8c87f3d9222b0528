using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class AccountManagerTests
{
    [Fact]
    public async Task Manager_ShouldReadTheAccountSeeItsThinSpotsAndTurnALeadIntoAPrefilledRoom_WhenRunningTheAccount()
    {
        // Arrange: Nina signs in; an administrator has the same account open.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var ninaContext = await browser.NewUserAsync();
        await using var adminContext = await browser.NewUserAsync();
        var nina = await BrowserFixture.SignInAsync(ninaContext, server.BaseUrl, DemoUsers.Manager.Email, DemoUsers.Manager.Password);
        var admin = await BrowserFixture.SignInAsync(adminContext, server.BaseUrl, DemoUsers.All[0].Email, DemoUsers.All[0].Password);
        await admin.GotoAsync($"{server.BaseUrl}/accounts/{DemoRoom.AccountId}");
        await Expect(admin.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Profile" }).ClickAsync();

        // Act 1: from the accounts list to the account's cockpit and profile.
        await nina.Locator("[data-testid=nav-accounts]").ClickAsync();
        await nina.Locator("[data-testid=account-card] a", new() { HasText = "Northwind Logistics" }).ClickAsync();
        await Expect(nina.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        await Expect(nina.Locator("[data-testid=account-name]")).ToHaveTextAsync("Northwind Logistics");
        await Expect(nina.Locator("[data-testid=cockpit-row]")).ToHaveCountAsync(3);
        await nina.GetByRole(AriaRole.Tab, new() { Name = "Profile" }).ClickAsync();
        await Expect(nina.Locator("[data-testid=profile-item]", new() { HasText = "Fleet electrification by 2030" })).ToContainTextAsync("Recorded by Nina Brooks");

        // Act 2: Nina records a challenge; the administrator's open page shows it at once.
        await nina.Locator("[data-testid=item-text] input, input[data-testid=item-text]").First.FillAsync("Two warehouse sites close in 2027");
        await nina.Locator("[data-testid=item-add]").ClickAsync();
        await Expect(admin.Locator("[data-testid=profile-item]", new() { HasText = "Two warehouse sites close in 2027" })).ToBeVisibleAsync();

        // Act 3: the network's thin spots.
        await nina.GetByRole(AriaRole.Tab, new() { Name = "Network" }).ClickAsync();
        await Expect(nina.Locator("[data-testid=thin-spot]", new() { HasText = "Maria Santos was our champion" })).ToBeVisibleAsync();
        await Expect(nina.Locator("[data-testid=thin-spot]", new() { HasText = "Alex Carter holds" })).ToBeVisibleAsync();
        await Expect(nina.Locator("[data-testid=culture]", new() { HasText = "Procurement joins late" })).ToBeVisibleAsync();

        // Act 4: the Iberia account lead becomes an opportunity with Maria and Erik in it.
        await nina.GetByRole(AriaRole.Tab, new() { Name = "Portfolio" }).ClickAsync();
        var lead = nina.Locator("[data-testid=lead]", new() { HasText = "Live forecasting for the Iberian subsidiary" });
        await lead.Locator("[data-testid=lead-convert]").ClickAsync();
        await lead.Locator("label", new() { HasText = "Maria Santos" }).ClickAsync();
        await lead.Locator("label", new() { HasText = "Erik Lindqvist" }).ClickAsync();
        await lead.Locator("[data-testid=conversion-create]").ClickAsync();

        // Assert: the new room opens, filled with the people Nina picked.
        await Expect(nina).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/rooms/room-"));
        await Expect(nina.Locator("[data-testid=stakeholder-card]")).ToHaveCountAsync(2);
        await Expect(nina.Locator("[data-testid=stakeholder-card]", new() { HasText = "Maria Santos" })).ToBeVisibleAsync();
        await Expect(nina.Locator("[data-testid=stakeholder-card]", new() { HasText = "Erik Lindqvist" })).ToBeVisibleAsync();
    }
}
