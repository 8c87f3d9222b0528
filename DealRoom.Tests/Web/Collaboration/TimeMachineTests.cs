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
}
