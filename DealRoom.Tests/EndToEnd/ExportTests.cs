using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

/// <summary>What leaves the room from a browser: the download menu's pictures, and the deal brief printed to PDF.</summary>
public partial class ExportTests
{
    [Fact]
    public async Task Brief_ShouldPrintOnOnePage_WithBothMapsTheGapsAndThePeople_WhenPrintedToPdf()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Owner.Email, DemoUsers.Owner.Password);

        await page.GotoAsync($"{server.BaseUrl}/rooms/{DemoRoom.RoomId}/brief");

        await Expect(page.Locator("[data-testid=brief] h1")).ToHaveTextAsync(DemoRoom.Name);
        await Expect(page.Locator("[data-testid=brief-map-stakeholders] svg .stakeholder-card").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=brief-map-vision] svg .vision-card").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=brief-gaps] li")).ToHaveCountAsync(5);
        Assert.True(await page.Locator("[data-testid=brief-people] li").CountAsync() > 0);

        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Single(PdfPage().Matches(Encoding.Latin1.GetString(pdf)));
    }

    [Fact]
    public async Task ExportMenu_ShouldOfferTheShownMapsPictures_WhichDownloadWithTheSignedInCookie()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);

        await page.Locator("[data-testid=export-menu] button").First.ClickAsync();
        var svgLink = page.Locator("[data-testid=export-svg]");
        await Expect(svgLink).ToBeVisibleAsync();
        var href = await svgLink.GetAttributeAsync("href");

        Assert.Equal($"/api/rooms/{DemoRoom.RoomId}/maps/stakeholders.svg", href);
        var response = await page.APIRequest.GetAsync(server.BaseUrl + href);
        Assert.Equal(200, response.Status);
        var svg = XDocument.Parse(await response.TextAsync());
        Assert.Equal("stakeholders", (string?)svg.Root!.Attribute("data-map"));
        await Expect(page.Locator("[data-testid=import-csv]")).ToBeVisibleAsync();

        // A click downloads the file (the router leaves a download link alone).
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-png]").ClickAsync());
        Assert.EndsWith("-stakeholders.png", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoomsPage_ShouldImportAnExportedRoomFile_IntoAnEqualRoom_AndShowTheReport()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.SignInAsync(context, server.BaseUrl, DemoUsers.Owner.Email, DemoUsers.Owner.Password);
        await Expect(page.Locator("[data-testid=interactive]")).ToBeAttachedAsync();
        var exported = await (await page.APIRequest.GetAsync($"{server.BaseUrl}/api/rooms/{DemoRoom.RoomId}/export")).BodyAsync();

        await InputFileReadyAsync(page, "import-room-file");
        await page.Locator("[data-testid=import-room-file]").SetInputFilesAsync(
            new FilePayload { Name = "northwind.dealroom.json", MimeType = "application/json", Buffer = exported });

        await Expect(page.Locator("[data-testid=import-room-report]")).ToContainTextAsync("nothing refused");
        var href = await page.Locator("[data-testid=open-imported-room]").GetAttributeAsync("href") ?? throw new InvalidOperationException("No link.");
        var copy = await (await page.APIRequest.GetAsync($"{server.BaseUrl}/api{href}/export")).TextAsync();
        Web.Exports.RoomFiles.AssertSameRoom(JsonNode.Parse(exported)!, JsonNode.Parse(copy)!);
    }

    [Fact]
    public async Task CsvImport_ShouldPreviewTheDuplicates_ThenAddTheNewPeopleToTheMap()
    {
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var context = await browser.NewUserAsync();
        var page = await BrowserFixture.OpenRoomAsync(context, server, DemoUsers.Owner);
        const string csv = "First Name,Last Name,Job Title,Email\nQuinn,Newcomer,COO,quinn@northwind.example\nErik,Lindqvist,CFO,\nRuth,Second,CTO,ruth@northwind.example\n";

        await page.Locator("[data-testid=export-menu] button").First.ClickAsync();
        await page.Locator("[data-testid=import-csv]").ClickAsync();
        await InputFileReadyAsync(page, "csv-file");
        await page.Locator("[data-testid=csv-file]").SetInputFilesAsync(
            new FilePayload { Name = "hubspot.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

        await Expect(page.Locator("[data-testid=csv-summary]")).ToContainTextAsync("2 new stakeholders, 1 duplicate");
        await Expect(page.Locator("[data-testid=csv-duplicates]")).ToContainTextAsync("Already in the room: Erik Lindqvist");
        await page.Locator("[data-testid=csv-import]").ClickAsync();

        await Expect(page.Locator("[data-testid=stakeholder-card]", new() { HasText = "Quinn Newcomer" })).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=stakeholder-card]", new() { HasText = "Ruth Second" })).ToHaveCountAsync(1);
    }

    /// <summary>
    /// Blazor's InputFile listens for a chosen file only once its script ran after its first render: a file set before
    /// that is lost (seen once in a full run: the dialog open, nothing read). Waits for that script's mark on the input.
    /// </summary>
    private static Task InputFileReadyAsync(IPage page, string testId) =>
        page.WaitForFunctionAsync($"() => document.querySelector('[data-testid={testId}]')?._blazorInputFileNextFileId !== undefined");

    // A page object, not the page tree ("/Type /Pages").
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
