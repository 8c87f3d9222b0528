using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>Undo that is yours: in two browsers, each person's Ctrl+Z takes back only their own edits.</summary>
public class UndoTests
{
    [Fact]
    public async Task CtrlZ_ShouldUndoOnlyTheSendersOwnEdit_AndCtrlShiftZRedoIt_WhenTwoPeopleEdit()
    {
        // Arrange: Alex retitles Lena, Sam retitles Sofia.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var alex = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        var sam = await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        await Expect(alex.Locator("[data-testid=undo]")).ToBeDisabledAsync();
        await RetitleAsync(alex, "sh-lena", "Head of Sales DACH");
        await RetitleAsync(sam, "sh-sofia", "Head of Procurement");
        await Expect(Title(alex, "sh-sofia")).ToHaveTextAsync("Head of Procurement");
        await Expect(Title(sam, "sh-lena")).ToHaveTextAsync("Head of Sales DACH");

        // Act 1: Alex presses Ctrl+Z.
        await alex.Keyboard.PressAsync("Control+z");

        // Assert 1: Lena's title is back on both screens; Sam's edit of Sofia stands.
        await Expect(Title(sam, "sh-lena")).ToHaveTextAsync("Regional Sales Director");
        await Expect(Title(alex, "sh-lena")).ToHaveTextAsync("Regional Sales Director");
        await Expect(Title(alex, "sh-sofia")).ToHaveTextAsync("Head of Procurement");
        await Expect(alex.Locator("[data-testid=redo]")).ToBeEnabledAsync();

        // Act 2: Sam presses Ctrl+Z, then redoes with Ctrl+Shift+Z.
        await sam.Keyboard.PressAsync("Control+z");
        await Expect(Title(alex, "sh-sofia")).ToHaveTextAsync("Category Manager IT");
        await Expect(sam.Locator("[data-testid=redo]")).ToBeEnabledAsync();
        await sam.Keyboard.PressAsync("Control+Shift+z");

        // Assert 2: Sam's edit is back, Alex's undo still holds.
        await Expect(Title(alex, "sh-sofia")).ToHaveTextAsync("Head of Procurement");
        await Expect(Title(sam, "sh-lena")).ToHaveTextAsync("Regional Sales Director");
    }

    private static ILocator Title(IPage page, string id) =>
        page.Locator($"[data-testid=stakeholder-card][data-id='{id}'] .card-title");

    /// <summary>Selects the card, sets its title in the panel, then leaves the field (the keys belong to a text field while it has the focus).</summary>
    private static async Task RetitleAsync(IPage page, string id, string title)
    {
        await page.Locator($"[data-testid=stakeholder-card][data-id='{id}']").ClickAsync();
        var field = page.Locator($"#f-{id}-title");
        await Expect(field).ToBeVisibleAsync();
        await field.FillAsync(title);
        await field.PressAsync("Tab");
        await Expect(Title(page, id)).ToHaveTextAsync(title);
        await Expect(page.Locator("[data-testid=undo]")).ToBeEnabledAsync();
        await page.EvaluateAsync("() => document.activeElement instanceof HTMLElement && document.activeElement.blur()");
    }
}
