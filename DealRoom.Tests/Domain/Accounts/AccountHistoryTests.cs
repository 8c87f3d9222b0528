using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;

namespace DealRoom.Tests.Domain.Accounts;

public class AccountHistoryTests
{
    private const string Maria = "maria@nw.example";

    [Fact]
    public void Build_ShouldListEachChangeOfStanceRoleAndCoverage_WhenTheRoomsLogRecordsThem()
    {
        var crm = new LoggedRoom("r-crm", "Northwind Analytics")
            .On(11, 2).Person("sh-1", "Maria", ("email", Maria), ("stance", "Neutral"))
            .On(11, 12).Update("sh-1", ("stance", "Supporter"))
            .On(11, 14).Member("tm-1", "Alex").Covers("cov-1", "tm-1", "sh-1", "TrustedAdvisor")
            .On(11, 20).Update("sh-1", ("buyingRole", "EconomicBuyer"));

        var history = History(crm);

        var changes = history.Of("email:" + Maria);
        Assert.Equal(4, changes.Count);
        Assert.Null(changes[0].Before);
        var stance = changes[1];
        Assert.True(stance.StanceChanged);
        Assert.Equal((Stance.Neutral, Stance.Supporter), (stance.Before!.Stance, stance.After.Stance));
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero), stance.At);
        Assert.Equal("Northwind Analytics", stance.Room.Name);
        Assert.True(changes[2].CoverageChanged);
        Assert.Equal((RelationshipLevel?)RelationshipLevel.TrustedAdvisor, changes[2].After.CoverageLevel);
        Assert.Equal("Alex", changes[2].After.CoveredBy);
        Assert.True(changes[3].RoleChanged);
    }

    [Fact]
    public void Build_ShouldMergeTheRoomsInTimeOrder_WhenThePersonIsInTwoRooms()
    {
        var crm = new LoggedRoom("r-crm", "CRM").On(11, 2).Person("sh-1", "Maria", ("email", Maria)).On(11, 20).Update("sh-1", ("stance", "Skeptic"));
        var wms = new LoggedRoom("r-wms", "WMS").On(11, 10).Person("sh-7", "Maria", ("email", Maria));

        var changes = History(crm, wms).Of("email:" + Maria);

        Assert.Equal(["r-crm", "r-wms", "r-crm"], changes.Select(c => c.Room.RoomId));
    }

    [Fact]
    public void Extend_ShouldGiveTheSameTraceAsAFullReplay_WhenReadInTwoParts()
    {
        var room = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Maria").Update("sh-1", ("stance", "Champion"))
            .Member("tm-1", "Alex").Covers("cov-1", "tm-1", "sh-1").Update("sh-1", ("stance", "Neutral"));
        var start = RoomTrace.Start(DealRoom.Domain.Rooms.RoomState.Create("r-crm", "CRM"));

        var inParts = start.Extend(room.Log.Take(2)).Extend(room.Log.Skip(2));
        var whole = room.Trace();

        Assert.Equal(whole.Version, inParts.Version);
        Assert.Equal(whole.Points["sh-1"], inParts.Points["sh-1"]);
        Assert.Equal(4, whole.Points["sh-1"].Count);
    }

    [Fact]
    public void Extend_ShouldRecordNothing_WhenAnOperationTouchesNoPersonOrCoverage()
    {
        var room = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Maria").Apply(new MoveNode("sh-1", 300, 200)).Apply(new UpdateRoom(new Dictionary<string, string?> { ["customerName"] = "Northwind" }));

        Assert.Single(room.Trace().Points["sh-1"]);
    }

    [Fact]
    public void Find_ShouldNameAFormerChampion_WhenTheHistorySaysTheyWereChampionEvenIfTheyAreNotNow()
    {
        // Maria was our champion in the CRM room, has since turned neutral there, and is uncovered in the new room.
        var crm = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Maria", ("email", Maria), ("stance", "Champion")).Update("sh-1", ("stance", "Neutral"));
        var wms = new LoggedRoom("r-wms", "WMS").Person("sh-7", "Maria", ("email", Maria));
        var network = AccountNetwork.Build([crm.AsAccountRoom, wms.AsAccountRoom], []);

        var withoutHistory = NetworkThinSpots.Find(network);
        var withHistory = NetworkThinSpots.Find(network, AccountHistory.Build(network, Traces(crm, wms)));

        Assert.DoesNotContain(withoutHistory, s => s.Kind == ThinSpotKind.FormerChampionUncovered);
        var spot = Assert.Single(withHistory, s => s.Kind == ThinSpotKind.FormerChampionUncovered);
        Assert.Equal("Maria was our champion in CRM and nobody covers them in WMS", spot.Title);
    }

    [Fact]
    public void Find_ShouldBeQuiet_WhenThePersonWasNeverChampion()
    {
        var crm = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Maria", ("email", Maria), ("stance", "Supporter")).Update("sh-1", ("stance", "Neutral"));
        var wms = new LoggedRoom("r-wms", "WMS").Person("sh-7", "Maria", ("email", Maria));
        var network = AccountNetwork.Build([crm.AsAccountRoom, wms.AsAccountRoom], []);

        Assert.DoesNotContain(NetworkThinSpots.Find(network, AccountHistory.Build(network, Traces(crm, wms))), s => s.Kind == ThinSpotKind.FormerChampionUncovered);
    }

    private static AccountHistory History(params LoggedRoom[] rooms)
    {
        var network = AccountNetwork.Build([.. rooms.Select(r => r.AsAccountRoom)], []);
        return AccountHistory.Build(network, Traces(rooms));
    }

    private static Dictionary<string, RoomTrace> Traces(params LoggedRoom[] rooms) => rooms.ToDictionary(r => r.RoomId, r => r.Trace());
}
