using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Rooms;

/// <summary>An exported room imported as a new room, through ordinary operations, with a report of what was refused.</summary>
public sealed class RoomImportTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    private static readonly string[] Maps = ["stakeholders", "teamMembers", "relationships", "coverages", "visionElements", "visionLinks", "endorsements"];

    [Fact]
    public async Task Import_ShouldBuildAnEqualRoom_WhenGivenAnExportedSnapshot()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var exported = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/snapshot", ct))!;

        using var response = await http.PostAsJsonAsync(RoomImportEndpoint.Path, new { name = "Northwind copy", snapshot = exported }, ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(report.GetProperty("refused").GetArrayLength() == 0, report.GetProperty("refused").ToString());
        var copy = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{report.GetProperty("roomId").GetString()}/snapshot", ct))!;
        foreach (var map in Maps)
        {
            Assert.Equal(exported[map]!.ToJsonString(), copy[map]!.ToJsonString());
        }

        Assert.Equal("Northwind copy", copy["profile"]!["name"]!.GetValue<string>());
        exported["profile"]!["name"] = "Northwind copy";
        Assert.Equal(exported["profile"]!.ToJsonString(), copy["profile"]!.ToJsonString());
        Assert.Equal(exported["phase"]!.ToJsonString(), copy["phase"]!.ToJsonString());
    }

    [Fact]
    public async Task Import_ShouldReportEachRefusedOperation_AndKeepTheRest_WhenTheSnapshotHasABrokenLink()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var exported = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/snapshot", ct))!;
        var relationships = exported["relationships"]!.AsArray();
        relationships[0]!["toId"] = "sh-nobody";

        using var response = await http.PostAsJsonAsync(RoomImportEndpoint.Path, new { name = "Broken copy", snapshot = exported }, ct);

        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var refused = Assert.Single(report.GetProperty("refused").EnumerateArray());
        Assert.Equal("addRelationship", refused.GetProperty("type").GetString());
        Assert.Equal(ErrorCodes.NotFound, refused.GetProperty("code").GetString());
        var copy = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{report.GetProperty("roomId").GetString()}/snapshot", ct))!;
        Assert.Equal(relationships.Count - 1, copy["relationships"]!.AsArray().Count);
        Assert.Equal(exported["stakeholders"]!.ToJsonString(), copy["stakeholders"]!.ToJsonString());
    }

    [Fact]
    public async Task Import_ShouldAnswerMalformed_WhenTheSnapshotIsNoRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));

        using var response = await http.PostAsJsonAsync(RoomImportEndpoint.Path, new { name = "Nothing", snapshot = new { hello = "world" } }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(ErrorCodes.Malformed, error.GetProperty("code").GetString());
        Assert.Equal("snapshot", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Import_ShouldBeForbidden_WhenTheCallerIsAnInvitedCustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var team = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var exported = JsonNode.Parse(await team.GetStringAsync($"/api/rooms/{DemoRoom.RoomId}/snapshot", ct))!;
        var (_, link) = await Customers.InviteAsync(host.Server, DemoRoom.RoomId, ct);
        using var customer = host.Server.CreateHttpClient(await Customers.TokenAsync(host.Server, link, ct));

        using var response = await customer.PostAsJsonAsync(RoomImportEndpoint.Path, new { name = "Mine", snapshot = exported }, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
    }
}
