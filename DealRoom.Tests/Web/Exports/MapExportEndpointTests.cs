using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Exports;

/// <summary>The export routes over HTTP: pictures of both maps and the room file, for the team and for a customer.</summary>
public sealed class MapExportEndpointTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("stakeholders")]
    [InlineData("vision")]
    public async Task MapSvg_ShouldDrawEveryCardOfTheMap_WhenTheTeamAsks(string map)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var snapshot = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/snapshot", ct))!;

        using var response = await http.GetAsync($"/api/rooms/{DemoRoom.RoomId}/maps/{map}.svg", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith($"-{map}.svg", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var drawn = svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.EndsWith("-card", StringComparison.Ordinal) == true)
            .Select(g => (string)g.Attribute("data-id")!).Order(StringComparer.Ordinal);
        string[] collections = map == "stakeholders" ? ["stakeholders", "teamMembers"] : ["visionElements"];
        var expected = collections.SelectMany(c => snapshot[c]!.AsArray().Select(e => e!["id"]!.GetValue<string>())).Order(StringComparer.Ordinal);
        Assert.Equal(expected, drawn);
    }

    [Fact]
    public async Task MapPng_ShouldAnswerAPng_WhenTheTeamAsks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));

        using var response = await http.GetAsync($"/api/rooms/{DemoRoom.RoomId}/maps/stakeholders.png?scale=1", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
        Assert.True(png.Length > 10_000, $"a {png.Length}-byte PNG for the whole demo map");
    }

    [Theory]
    [InlineData("people.svg", HttpStatusCode.NotFound)]
    [InlineData("vision.png?scale=5", HttpStatusCode.BadRequest)]
    public async Task Map_ShouldRefuse_WhenTheMapOrTheScaleIsWrong(string file, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));

        using var response = await http.GetAsync($"/api/rooms/{DemoRoom.RoomId}/maps/{file}", ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Exports_ShouldHoldOnlyTheCustomersProjection_WhenACustomerAsks()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(host.Server, DemoRoom.RoomId, ct);
        using var customer = host.Server.CreateHttpClient(await Customers.TokenAsync(host.Server, link, ct));
        using var team = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var full = JsonNode.Parse(await team.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/snapshot", ct))!;
        var hidden = full["stakeholders"]!.AsArray().Where(s => s!["fields"]!["visibleToCustomer"]!.GetValue<bool>() == false)
            .Select(s => s!["fields"]!["name"]!.GetValue<string>()).ToList();
        var notes = full["stakeholders"]!.AsArray().Select(s => s!["fields"]!["privateNotes"]?.GetValue<string>()).OfType<string>().ToList();
        var teamNames = full["teamMembers"]!.AsArray().Select(t => t!["fields"]!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(hidden);

        var stakeholders = await customer.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/maps/stakeholders.svg", ct);
        var vision = await customer.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/maps/vision.svg", ct);
        var file = await customer.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/export", ct);
        using var png = await customer.GetAsync($"/api/rooms/{DemoRoom.RoomId}/maps/stakeholders.png", ct);

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        foreach (var secret in hidden.Concat(notes).Concat(teamNames))
        {
            Assert.DoesNotContain(secret, stakeholders, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, vision, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, file, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("gap-badge", stakeholders + vision, StringComparison.Ordinal);
        var projected = JsonNode.Parse(file)!;
        Assert.Empty(projected["teamMembers"]!.AsArray());
        Assert.Empty(projected["relationships"]!.AsArray());
    }

    [Fact]
    public async Task Export_ShouldBeImportedIntoAnEqualRoom_WhenTheFileIsImported()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        using var download = await http.GetAsync($"/api/rooms/{DemoRoom.RoomId}/export", ct);
        Assert.EndsWith(".dealroom.json", download.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var exported = JsonNode.Parse(await download.Content.ReadAsStringAsync(ct))!;

        using var response = await http.PostAsJsonAsync(RoomImportEndpoint.Path, new { snapshot = exported }, ct);

        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(0, report.GetProperty("refused").GetArrayLength());
        var copy = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{report.GetProperty("roomId").GetString()}/export", ct))!;
        RoomFiles.AssertSameRoom(exported, copy);
    }

    [Fact]
    public async Task Exports_ShouldBeForbidden_WhenTheCallerMayNotOpenTheRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct, ownerEmail: null);
        var (_, link) = await Customers.InviteAsync(host.Server, DemoRoom.RoomId, ct);
        using var customer = host.Server.CreateHttpClient(await Customers.TokenAsync(host.Server, link, ct));

        foreach (var path in new[] { "maps/vision.svg", "maps/vision.png", "export" })
        {
            using var response = await customer.GetAsync($"/api/rooms/{roomId}/{path}", ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(ErrorCodes.Forbidden, (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
        }
    }
}
