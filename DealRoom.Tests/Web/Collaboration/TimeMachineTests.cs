using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>The room as it was at any version: from the nearest snapshot and the log, through the same Apply and projection.</summary>
public sealed class TimeMachineTests
{
    [Fact]
    public async Task Snapshot_ShouldBeTheRoomAsItWas_AtAnyVersionBetweenAndAcrossSnapshots()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: new Dictionary<string, string?> { ["Rooms:SnapshotEvery"] = "10" });
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var states = new List<RoomState> { session.State };
        var author = new Author("u-1", "Alex");
        for (var i = 0; i < 30; i++)
        {
            Operation op = i % 3 == 2
                ? new MoveNode($"sh-{i - 1}", i * 7, i * 3)
                : new AddStakeholder($"sh-{i}", i, 0, new Dictionary<string, string?> { ["name"] = $"P{i}", ["visibleToCustomer"] = i % 2 == 0 ? "true" : "false" });
            Assert.True((await session.SubmitAsync(new Submission($"op-{i}", op, author), ct)).Accepted);
            states.Add(session.State);
        }

        using var team = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        var (_, link) = await Customers.InviteAsync(server, roomId, ct);
        using var customer = server.CreateHttpClient(await Customers.TokenAsync(server, link, ct));
        foreach (var version in new[] { 0, 1, 9, 10, 11, 15, 20, 29, 30 })
        {
            var url = $"/api/rooms/{roomId}/snapshot?version={version}";
            Assert.Equal(SnapshotJson.ToJson(states[version], includeBaseline: false), await team.GetStringAsync(url, ct));
            Assert.Equal(SnapshotJson.ToJson(CustomerProjection.Project(states[version]), includeBaseline: false), await customer.GetStringAsync(url, ct));
        }

        using var ahead = await team.GetAsync($"/api/rooms/{roomId}/snapshot?version=31", ct);
        Assert.Equal(HttpStatusCode.BadRequest, ahead.StatusCode);
        var error = await ahead.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(ErrorCodes.OutOfRange, error.GetProperty("code").GetString());
        Assert.Equal("version", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Changes_ShouldListWhatHappenedBetweenTwoVersions_InTheEyesOfEachAudience()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var author = new Author("u-1", "Alex");
        Operation[] ops =
        [
            new AddStakeholder("sh-seen", 0, 0, new Dictionary<string, string?> { ["name"] = "Vera Visible", ["visibleToCustomer"] = "true" }),
            new AddStakeholder("sh-hidden", 0, 0, new Dictionary<string, string?> { ["name"] = "Hugo Hidden" }),
            new UpdateStakeholder("sh-hidden", new Dictionary<string, string?> { ["stance"] = "Blocker", ["influence"] = "5" }),
        ];
        for (var i = 0; i < ops.Length; i++)
        {
            Assert.True((await session.SubmitAsync(new Submission($"op-{i}", ops[i], author), ct)).Accepted);
        }

        using var team = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        var (_, link) = await Customers.InviteAsync(server, roomId, ct);
        using var customer = server.CreateHttpClient(await Customers.TokenAsync(server, link, ct));

        var forTeam = await team.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/changes?from=0", ct);
        var forCustomer = await customer.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/changes?from=0&to=3", ct);
        using var backwards = await team.GetAsync($"/api/rooms/{roomId}/changes?from=3&to=1", ct);

        var teamTexts = forTeam.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Contains("Hugo Hidden joined (Unknown)", teamTexts);
        Assert.Contains(forTeam.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "gapOpened");
        var customerJson = forCustomer.GetProperty("changes").ToString();
        Assert.Contains("Vera Visible joined", customerJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Hugo", customerJson, StringComparison.Ordinal);
        Assert.DoesNotContain("gap", customerJson, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    [Fact]
    public async Task Restore_ShouldBringADeletedStakeholderBackWithWhatHungOnIt_AsNewOperations()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var author = new Author("u-1", "Alex");
        Operation[] ops =
        [
            new AddStakeholder("sh-a", 10, 20, new Dictionary<string, string?> { ["name"] = "Ana", ["stance"] = "Champion", ["influence"] = "4" }),
            new AddStakeholder("sh-b", 0, 0, new Dictionary<string, string?> { ["name"] = "Bo" }),
            new AddRelationship("rel-1", "sh-a", "sh-b", new Dictionary<string, string?> { ["kind"] = "ReportsTo" }),
            new AddTeamMember("tm-1", 0, 300, new Dictionary<string, string?> { ["name"] = "Sam" }),
            new AddCoverage("cov-1", "tm-1", "sh-a", new Dictionary<string, string?> { ["currentLevel"] = "TrustedAdvisor" }),
            new AddVisionElement("ve-1", DealRoom.Domain.Vision.VisionElementType.FutureState, 0, 0, new Dictionary<string, string?> { ["title"] = "One CRM" }),
            new AddEndorsement("en-1", "sh-a", "ve-1", DealRoom.Domain.Vision.EndorsementKind.Endorses),
        ];
        foreach (var op in ops)
        {
            Assert.True((await session.SubmitAsync(new Submission(Ids.New("op"), op, author), ct)).Accepted);
        }

        var before = session.State;
        Assert.True((await session.SubmitAsync(new Submission("op-delete", new RemoveElement("sh-a"), author), ct)).Accepted);
        Assert.False(session.State.Relationships.ContainsKey("rel-1"));
        using var team = server.CreateHttpClient(await server.OwnerTokenAsync(ct));

        using var response = await team.PostAsJsonAsync($"/api/rooms/{roomId}/restore", new { version = before.Version, elementId = "sh-a" }, ct);
        using var again = await team.PostAsJsonAsync($"/api/rooms/{roomId}/restore", new { version = before.Version, elementId = "sh-a" }, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(4, report.GetProperty("versions").GetArrayLength());
        Assert.Empty(report.GetProperty("refused").EnumerateArray());
        var now = session.State;
        Assert.Equal(before.Stakeholders["sh-a"], now.Stakeholders["sh-a"]);
        Assert.Equal(before.Relationships["rel-1"], now.Relationships["rel-1"]);
        Assert.Equal(before.Coverages["cov-1"], now.Coverages["cov-1"]);
        Assert.Equal(before.Endorsements["en-1"], now.Endorsements["en-1"]);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(ErrorCodes.DuplicateId, (await again.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
    }
}
