using System.Net;
using System.Text.Json.Nodes;
using DealRoom.Tests.Support;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Exports;

/// <summary>The deal brief's page as the server renders it, for the team and for an invited customer.</summary>
public sealed class BriefPageTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Brief_ShouldShowThePhaseGapsAndBothMaps_WhenTheTeamOpensIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));

        var html = await http.GetStringAsync($"/rooms/{DemoRoom.RoomId}/brief", ct);

        Assert.Contains("data-testid=\"brief-phase\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"brief-gaps\"", html, StringComparison.Ordinal);
        Assert.Contains("data-map=\"stakeholders\"", html, StringComparison.Ordinal);
        Assert.Contains("data-map=\"vision\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_ShouldShowOnlyTheCustomersProjection_WhenACustomerOpensIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var team = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var full = JsonNode.Parse(await team.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/snapshot", ct))!;
        var hidden = full["stakeholders"]!.AsArray().Where(s => !s!["fields"]!["visibleToCustomer"]!.GetValue<bool>())
            .Select(s => s!["fields"]!["name"]!.GetValue<string>())
            .Concat(full["teamMembers"]!.AsArray().Select(t => t!["fields"]!["name"]!.GetValue<string>()))
            .ToList();
        var (_, link) = await Customers.InviteAsync(host.Server, DemoRoom.RoomId, ct);
        using var customer = host.Server.CreateHttpClient(await Customers.TokenAsync(host.Server, link, ct));

        using var response = await customer.GetAsync($"/rooms/{DemoRoom.RoomId}/brief", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("data-map=\"vision\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("brief-gaps", html, StringComparison.Ordinal);
        Assert.DoesNotContain("brief-phase", html, StringComparison.Ordinal);
        Assert.DoesNotContain("gap-badge", html, StringComparison.Ordinal);
        Assert.All(hidden, name => Assert.DoesNotContain(name, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_ShouldSayItIsNotShared_WhenTheCallerMayNotOpenTheRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct, "Private room");
        var (_, link) = await Customers.InviteAsync(host.Server, DemoRoom.RoomId, ct);
        using var customer = host.Server.CreateHttpClient(await Customers.TokenAsync(host.Server, link, ct));

        var html = await customer.GetStringAsync($"/rooms/{roomId}/brief", ct);

        Assert.Contains("brief-denied", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Private room", html, StringComparison.Ordinal);
    }
}
