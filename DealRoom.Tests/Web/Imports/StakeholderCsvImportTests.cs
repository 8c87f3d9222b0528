using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealRoom.Tests.Support;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Imports;

/// <summary>Stakeholders from a CRM's contacts file over HTTP: all or none, duplicates reported, validated like any client's.</summary>
public sealed class StakeholderCsvImportTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Import_ShouldAdd500ContactsInUnderTwoSeconds_AndReportTheDuplicates_WhenGivenASalesforceExport()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct, "CSV import");
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var csv = new StringBuilder("Contact ID,First Name,Last Name,Title,Email,Account Name\n");
        for (var i = 0; i < 500; i++)
        {
            csv.Append($"003{i:D5},First{i},Last{i},Title {i},person{i}@acme.example,Acme\n");
        }

        for (var i = 0; i < 25; i++)
        {
            csv.Append($"004{i:D5},Again{i},Same,Title,person{i * 7}@ACME.example,Acme\n");
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync($"/api/rooms/{roomId}/stakeholders/import", new { csv = csv.ToString() }, ct);
        var elapsed = Stopwatch.GetElapsedTime(started);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(report.GetProperty("imported").GetBoolean(), report.ToString());
        Assert.Equal("Salesforce", report.GetProperty("source").GetString());
        Assert.Equal(500, report.GetProperty("contacts").GetArrayLength());
        var duplicates = report.GetProperty("duplicates").EnumerateArray().ToList();
        Assert.Equal(25, duplicates.Count);
        Assert.Equal("Same e-mail as line 9.", duplicates[1].GetProperty("reason").GetString());
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"500 contacts took {elapsed.TotalMilliseconds:F0} ms");
        var snapshot = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{roomId}/snapshot", ct))!;
        Assert.Equal(500, snapshot["stakeholders"]!.AsArray().Count);
    }

    [Fact]
    public async Task Import_ShouldAddNothing_AndSayWhy_WhenOneContactWouldBeRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct, "CSV refused");
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        var csv = $"First Name,Last Name,Title\nAna,Lopes,CFO\nBo,Berg,{new string('x', 300)}\nCy,Dahl,CIO\n";

        using var response = await http.PostAsJsonAsync($"/api/rooms/{roomId}/stakeholders/import", new { csv }, ct);

        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.False(report.GetProperty("imported").GetBoolean());
        var refused = Assert.Single(report.GetProperty("refused").EnumerateArray());
        Assert.Equal("addStakeholder", refused.GetProperty("type").GetString());
        var bo = report.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Bo Berg");
        Assert.Equal(bo.GetProperty("id").GetString(), refused.GetProperty("elementId").GetString());
        var snapshot = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{roomId}/snapshot", ct))!;
        Assert.Empty(snapshot["stakeholders"]!.AsArray());
        Assert.Equal(0, snapshot["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Import_ShouldOnlyPreview_WhenDryRunWithTheUsersColumns()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct, "CSV preview");
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));
        const string csv = "Person,Role at company\nDana Chief,CEO\n";

        using var preview = await http.PostAsJsonAsync($"/api/rooms/{roomId}/stakeholders/import",
            new { csv, columns = new Dictionary<string, string> { ["Person"] = "FullName", ["Role at company"] = "Title" }, dryRun = true }, ct);

        var report = await preview.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.False(report.GetProperty("imported").GetBoolean());
        Assert.Equal("Title", report.GetProperty("columns")[1].GetProperty("field").GetString());
        Assert.Equal("CEO", report.GetProperty("contacts")[0].GetProperty("title").GetString());
        var snapshot = JsonNode.Parse(await http.GetStringAsync($"/api/rooms/{roomId}/snapshot", ct))!;
        Assert.Empty(snapshot["stakeholders"]!.AsArray());
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("Mail\nx@y.example\n", HttpStatusCode.BadRequest)]
    public async Task Import_ShouldAnswerMalformed_WhenTheFileCannotBeRead(string csv, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = host.Server.CreateHttpClient(await host.Server.OwnerTokenAsync(ct));

        using var response = await http.PostAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/stakeholders/import", new { csv }, ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("csv", (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Import_ShouldBeForbidden_WhenTheCallerIsAnInvitedCustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(host.Server, DemoRoom.RoomId, ct);
        using var customer = host.Server.CreateHttpClient(await Customers.TokenAsync(host.Server, link, ct));

        using var response = await customer.PostAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/stakeholders/import", new { csv = "Name\nMe\n" }, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
