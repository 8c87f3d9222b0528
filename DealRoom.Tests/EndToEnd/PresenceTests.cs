using System.Text.RegularExpressions;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class PresenceTests
{
    [Fact]
    public async Task BrowserThatLosesItsConnection_ShouldLeaveThePresence_AndComeBackWhenItReconnects()
    {
        // Arrange: two people in the room; B's circuit connection runs through a route the test can cut.
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        await using var contextB = await browser.NewUserAsync();
        var connected = true;
        IWebSocketRoute? pageSide = null;
        IWebSocketRoute? serverSide = null;
        await contextB.RouteWebSocketAsync(new Regex("/_blazor"), ws =>
        {
            if (!connected)
            {
                _ = ws.CloseAsync();
                return;
            }

            pageSide = ws;
            serverSide = ws.ConnectToServer();
        });
        var pageA = await BrowserFixture.OpenRoomAsync(contextA, server, DemoUsers.Owner);
        await BrowserFixture.OpenRoomAsync(contextB, server, DemoUsers.Expert);
        var avatars = pageA.Locator("[data-testid=presence-avatar]");
        await Expect(avatars).ToHaveCountAsync(2);

        // Act 1: B's connection drops (the server keeps its circuit for a reconnect).
        connected = false;
        await serverSide!.CloseAsync();
        await pageSide!.CloseAsync();

        // Assert 1: A no longer sees B in the room.
        await Expect(avatars).ToHaveCountAsync(1);

        // Act 2: B's network is back; Blazor reconnects the same circuit.
        connected = true;

        // Assert 2: B is in the room again.
        await Expect(avatars).ToHaveCountAsync(2);
    }
}

/// <summary>Two app nodes on real PostgreSQL and Redis: browsers on different nodes see each other.</summary>
public class PresenceAcrossNodesEndToEndTests(DealRoom.Tests.ScaleOut.ScaleOutServers servers) : IClassFixture<DealRoom.Tests.ScaleOut.ScaleOutServers>
{
    [Fact]
    public async Task BrowsersOnTwoNodes_ShouldSeeEachOther_AndTheOneThatLeavesShouldGo()
    {
        var settings = await servers.NodeSettingsAsync("presencebrowsers", TestContext.Current.CancellationToken);
        await using var nodeA = new DealRoomServer(settings: settings);
        await using var nodeB = new DealRoomServer(settings: settings);
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var contextA = await browser.NewUserAsync();
        var contextB = await browser.NewUserAsync();

        var pageA = await BrowserFixture.OpenRoomAsync(contextA, nodeA, DemoUsers.Owner);
        var pageB = await BrowserFixture.OpenRoomAsync(contextB, nodeB, DemoUsers.Expert);

        await Expect(pageA.Locator("[data-testid=presence-avatar]")).ToHaveCountAsync(2);
        await Expect(pageB.Locator("[data-testid=presence-avatar]")).ToHaveCountAsync(2);
        await Expect(pageA.Locator("[data-testid=presence-avatar][title='Sam Patel']")).ToHaveCountAsync(1);

        await contextB.DisposeAsync();
        await Expect(pageA.Locator("[data-testid=presence-avatar]")).ToHaveCountAsync(1);
    }
}
