using DealRoom.Domain.Accounts;
using DealRoom.Domain.Stakeholders;
using DealRoom.Tests.Domain.Gaps;
using static DealRoom.Tests.Domain.Accounts.AccountNetworkTests;

namespace DealRoom.Tests.Domain.Accounts;

public class NetworkThinSpotsTests
{
    [Theory]
    [InlineData("EconomicBuyer", false, true)]
    [InlineData("EconomicBuyer", true, false)]
    [InlineData("User", false, false)]
    public void Find_ShouldNameAnUncoveredKeyPerson_WhenNobodyCoversThem(string role, bool covered, bool fires)
    {
        var room = new GapTestRoom().Stakeholder("sh-1", "Erik", ("buyingRole", role)).Member("tm-1", "Nina");
        if (covered)
        {
            room.Covers("tm-1", "sh-1");
        }

        var spots = Spots(Room("r-crm", room));

        Assert.Equal(fires, spots.Any(s => s.Kind == ThinSpotKind.KeyPersonUncovered));
    }

    [Fact]
    public void Find_ShouldNameTheMember_WhenOneTeamMemberHoldsMostRelationships()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-1", "A").Stakeholder("sh-2", "B").Stakeholder("sh-3", "C")
            .Member("tm-1", "Alex").Member("tm-2", "Sam")
            .Covers("tm-1", "sh-1").Covers("tm-1", "sh-2").Covers("tm-2", "sh-3");

        var spot = Assert.Single(Spots(Room("r-crm", room)), s => s.Kind == ThinSpotKind.RelationshipsConcentrated);

        Assert.Equal("Alex holds 2 of the account's 3 relationships", spot.Title);
    }

    [Fact]
    public void Find_ShouldNotNameAMember_WhenRelationshipsAreSpread()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-1", "A").Stakeholder("sh-2", "B").Stakeholder("sh-3", "C").Stakeholder("sh-4", "D")
            .Member("tm-1", "Alex").Member("tm-2", "Sam")
            .Covers("tm-1", "sh-1").Covers("tm-1", "sh-2").Covers("tm-2", "sh-3").Covers("tm-2", "sh-4");

        Assert.DoesNotContain(Spots(Room("r-crm", room)), s => s.Kind == ThinSpotKind.RelationshipsConcentrated);
    }

    [Fact]
    public void Find_ShouldNameAFormerChampion_WhenNobodyCoversThemInANewOpportunity()
    {
        var old = new GapTestRoom().Stakeholder("sh-1", "Maria", ("email", "maria@nw.example"), ("stance", nameof(Stance.Champion)))
            .Member("tm-1", "Alex").Covers("tm-1", "sh-1");
        var next = new GapTestRoom().Stakeholder("sh-7", "Maria", ("email", "maria@nw.example"));

        var spot = Assert.Single(Spots(Room("r-crm", old), Room("r-wms", next)), s => s.Kind == ThinSpotKind.FormerChampionUncovered);

        Assert.Equal(["r-crm", "r-wms"], spot.Rooms.Select(r => r.RoomId));
        Assert.Equal(["email:maria@nw.example"], spot.ContactKeys);
    }

    [Fact]
    public void Find_ShouldBeQuiet_WhenTheFormerChampionIsCoveredInTheNewOpportunity()
    {
        var old = new GapTestRoom().Stakeholder("sh-1", "Maria", ("email", "maria@nw.example"), ("stance", nameof(Stance.Champion)));
        var next = new GapTestRoom().Stakeholder("sh-7", "Maria", ("email", "maria@nw.example")).Member("tm-1", "Alex").Covers("tm-1", "sh-7");

        Assert.DoesNotContain(Spots(Room("r-crm", old), Room("r-wms", next)), s => s.Kind == ThinSpotKind.FormerChampionUncovered);
    }

    private static IReadOnlyList<ThinSpot> Spots(params AccountRoom[] rooms) => NetworkThinSpots.Find(AccountNetwork.Build(rooms, []));
}
