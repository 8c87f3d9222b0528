using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>Two people in one field: nobody's words are lost, collisions are shown and decided, refusals are visible.</summary>
public class CoEditingTests
{
    private const string Erik = "sh-erik";

    [Fact]
    public async Task TwoBrowsers_ShouldKeepBothPeoplesWords_WhenTheyTypeIntoOneNotesFieldAtOnce()
    {
        // Arrange: both open Erik's panel and click into his private notes.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await OpenErikAsync(contextA, server, DemoUsers.Owner);
        var pageB = await OpenErikAsync(contextB, server, DemoUsers.Expert);
        var notesA = pageA.Locator($"#f-{Erik}-privateNotes");
        var notesB = pageB.Locator($"#f-{Erik}-privateNotes");
        await notesA.ClickAsync();
        await notesB.ClickAsync();

        // Act 1: both type at the end, in turns; A leaves the field first.
        await notesA.PressAsync("Control+End");
        await notesB.PressAsync("Control+End");
        await notesA.PressSequentiallyAsync(" Alex: owns the budget.");
        await notesB.PressSequentiallyAsync(" Sam: asks for");
        await notesA.PressAsync("Tab");

        // Assert 1: B keeps typing in place, told that A changed the field and that the words will merge.
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        await Eventually.TrueAsync(() => session.State.Stakeholders[Erik].PrivateNotes!.Contains("Alex: owns the budget.", StringComparison.Ordinal), "A's words never reached the room.");
        await Expect(pageB.Locator("[data-field=privateNotes] [data-testid=field-collision]")).ToContainTextAsync("Alex Carter");
        await notesB.PressSequentiallyAsync(" an on-premise option.");
        await Expect(notesB).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Sam: asks for an on-premise option\\.$"));
        Assert.DoesNotContain("Alex", await notesB.InputValueAsync(), StringComparison.Ordinal);
        await notesB.PressAsync("Tab");

        // Assert 2: the room, and both browsers, hold both people's words after the original text.
        const string Expected = "Burned by the last CRM project's overrun; wants numbers, not slides. Alex: owns the budget. Sam: asks for an on-premise option.";
        await Eventually.TrueAsync(() => session.State.Stakeholders[Erik].PrivateNotes == Expected, "The room does not hold both people's words.");
        await Expect(notesA).ToHaveValueAsync(Expected);
        await Expect(notesB).ToHaveValueAsync(Expected);
        await Expect(pageB.Locator("[data-testid=field-collision]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TwoBrowsers_ShouldShowWhoChangedAShortFieldAndKeepTheEditorsChoice_WhenBothEditTheTitle()
    {
        // Arrange: A is in Erik's title; B changes it.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var pageA = await OpenErikAsync(contextA, server, DemoUsers.Owner);
        var pageB = await OpenErikAsync(contextB, server, DemoUsers.Expert);
        var titleA = pageA.Locator($"#f-{Erik}-title");
        var titleB = pageB.Locator($"#f-{Erik}-title");
        await titleA.ClickAsync();
        await titleA.PressAsync("End");
        await titleA.PressSequentiallyAsync(" (acting COO)");
        await titleB.FillAsync("Group CFO");
        await titleB.PressAsync("Tab");

        // Assert 1: A's field keeps A's text; beside it, who changed it to what.
        var notice = pageA.Locator("[data-field=title] [data-testid=field-collision]");
        await Expect(notice).ToContainTextAsync("Changed by Sam Patel just now");
        await Expect(notice.Locator("[data-testid=collision-value]")).ToHaveTextAsync("Group CFO");
        await Expect(titleA).ToHaveValueAsync("Chief Financial Officer (acting COO)");

        // Act: A keeps their own.
        await notice.Locator("[data-testid=keep-mine]").ClickAsync();

        // Assert 2: A's title is the room's, in both browsers; the notice is gone.
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        await Eventually.TrueAsync(() => session.State.Stakeholders[Erik].Title == "Chief Financial Officer (acting COO)", "A's kept title never reached the room.");
        await Expect(titleB).ToHaveValueAsync("Chief Financial Officer (acting COO)");
        await Expect(pageB.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']")).ToContainTextAsync("acting COO");
        await Expect(notice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Browser_ShouldRollTheFieldBackAndSayWhy_WhenTheServerRefusesTheEdit()
    {
        // Arrange: a server whose storage refuses one particular title.
        var ct = TestContext.Current.CancellationToken;
        const string Refused = "Chief Everything Officer";
        await using var server = new DealRoomServer(services: s => s.AddSingleton<IOpLog>(sp =>
            new RefusingOpLog(ActivatorUtilities.CreateInstance<OpLog>(sp), Refused)));
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await OpenErikAsync(context, server, DemoUsers.Owner);
        var title = page.Locator($"#f-{Erik}-title");

        // Act
        await title.FillAsync(Refused);
        await title.PressAsync("Tab");

        // Assert: the field shows the committed title again, with the reason beside it; the card never changed.
        await Expect(page.Locator("[data-field=title] [data-testid=field-refused]")).ToContainTextAsync("Not saved: The room could not save this change");
        await Expect(title).ToHaveValueAsync("Chief Financial Officer");
        await Expect(page.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']")).Not.ToContainTextAsync(Refused);
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        Assert.Equal("Chief Financial Officer", session.State.Stakeholders[Erik].Title);
    }

    private static async Task<IPage> OpenErikAsync(IBrowserContext context, DealRoomServer server, DemoUser user)
    {
        var page = await BrowserFixture.OpenRoomAsync(context, server, user);
        await page.Locator($"[data-testid=stakeholder-card][data-id='{Erik}']").ClickAsync();
        await Expect(page.Locator($"#f-{Erik}-title")).ToBeVisibleAsync();
        return page;
    }
}
