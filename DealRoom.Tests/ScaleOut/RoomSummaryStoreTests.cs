using DealRoom.Domain.Gaps;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// The summaries' upsert, one SQL statement for both providers, on a real SQLite file and a real PostgreSQL server: a
/// later version wins, an earlier one (another node, or a write that came late) never takes a summary back.
/// </summary>
public sealed class RoomSummaryStoreTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task Save_ShouldKeepTheLaterVersion_OnSqlite()
    {
        await using var server = new DealRoomServer();
        await Save_ShouldKeepTheLaterVersion(server);
    }

    [Fact]
    public async Task Save_ShouldKeepTheLaterVersion_OnPostgreSql()
    {
        await using var server = new DealRoomServer(settings: await servers.NodeSettingsAsync("summaries", TestContext.Current.CancellationToken));
        await Save_ShouldKeepTheLaterVersion(server);
    }

    private static async Task Save_ShouldKeepTheLaterVersion(DealRoomServer server)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = server.GetService<RoomSummaryStore>();
        var roomId = await TestRooms.CreateAsync(server, ct, "Upsert room");
        var gaps = new Dictionary<Dynamics, SeverityCounts> { [Dynamics.Decision] = new(1, 2, 3) };

        await store.SaveAsync([Summary(roomId, version: 5, stakeholders: 5, gaps)], ct);
        await store.SaveAsync([Summary(roomId, version: 3, stakeholders: 3, null)], ct);
        var afterOlder = (await store.GetAsync([roomId], ct))[roomId];
        await store.SaveAsync([Summary(roomId, version: 5, stakeholders: 6, null), Summary("room-other", version: 1, stakeholders: 1, null)], ct);
        var afterSame = await store.GetAsync([roomId, "room-other"], ct);

        Assert.Equal((5L, 5, "Northwind"), (afterOlder.Version, afterOlder.Stakeholders, afterOlder.CustomerName));
        Assert.Equal(new SeverityCounts(1, 2, 3), afterOlder.OpenGaps![Dynamics.Decision]);
        Assert.Equal(6, afterSame[roomId].Stakeholders);
        Assert.Empty(afterSame[roomId].OpenGaps!);
        Assert.Equal(2, afterSame.Count);
    }

    private static RoomSummary Summary(string roomId, long version, int stakeholders, IReadOnlyDictionary<Dynamics, SeverityCounts>? gaps) =>
        new(roomId, version, "Upsert room", "Northwind", stakeholders, 2, 4, gaps);
}
