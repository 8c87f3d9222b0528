using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.History;

/// <summary><c>POST /api/rooms/{id}/restore-room</c>: the whole room back to a version, as new operations.</summary>
public sealed class RestoreRoomEndpointTests
{
    [Fact]
    public async Task RestoreRoom_ShouldBringTheRoomBackAsNewOperations_WhenTheTeamAsksAndRefuseACustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var author = new Author("u-1", "Alex");
        Operation[] before =
        [
            new AddStakeholder("sh-a", 10, 20, new Dictionary<string, string?> { ["name"] = "Ana", ["stance"] = "Champion", ["visibleToCustomer"] = "true" }),
            new AddStakeholder("sh-b", 0, 0, new Dictionary<string, string?> { ["name"] = "Bo" }),
            new AddRelationship("rel-1", "sh-a", "sh-b", new Dictionary<string, string?> { ["kind"] = "ReportsTo" }),
        ];
        Operation[] after =
        [
            new RemoveElement("sh-b"),
            new UpdateStakeholder("sh-a", new Dictionary<string, string?> { ["stance"] = "Blocker" }),
            new AddStakeholder("sh-c", 0, 0, new Dictionary<string, string?> { ["name"] = "Cy" }),
        ];
        foreach (var op in before)
        {
            Assert.True((await session.SubmitAsync(new Submission(Ids.New("op"), op, author), ct)).Accepted);
        }

        var point = session.State;
        foreach (var op in after)
        {
            Assert.True((await session.SubmitAsync(new Submission(Ids.New("op"), op, author), ct)).Accepted);
        }

        var versionBefore = session.State.Version;
        var beforeRestore = session.State;
        using var team = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        var (_, link) = await Customers.InviteAsync(server, roomId, ct, rights: "Edit");
        using var customer = server.CreateHttpClient(await Customers.TokenAsync(server, link, ct));

        using var refused = await customer.PostAsJsonAsync($"/api/rooms/{roomId}/restore-room", new { version = point.Version }, ct);
        using var malformed = await team.PostAsJsonAsync($"/api/rooms/{roomId}/restore-room", new { version = versionBefore + 5 }, ct);
        using var response = await team.PostAsJsonAsync($"/api/rooms/{roomId}/restore-room", new { version = point.Version }, ct);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(report.GetProperty("refused").EnumerateArray());
        Assert.True(session.State.Version > versionBefore); // on top of the log
        var restored = session.State;
        Assert.Equal(SnapshotJson.ToJson(point with { Version = 0 }, includeBaseline: false), SnapshotJson.ToJson(restored with { Version = 0 }, includeBaseline: false));

        // Act 2: the one who restored undoes once; the whole restore goes back, not one of its operations.
        await using var owner = await RoomClient.ConnectAsync(server, roomId, ct);
        await owner.JoinAsync(ct);
        var undo = await owner.SubmitAsync(new Undo(), ct);
        await owner.WaitForVersionAsync(undo.GetProperty("version").GetInt64(), TimeSpan.FromSeconds(10), ct);

        Assert.True(undo.GetProperty("ok").GetBoolean(), undo.ToString());
        Assert.Equal(
            SnapshotJson.ToJson(beforeRestore with { Version = 0 }, includeBaseline: false),
            SnapshotJson.ToJson(session.State with { Version = 0 }, includeBaseline: false));
    }
}
