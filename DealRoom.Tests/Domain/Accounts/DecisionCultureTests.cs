using DealRoom.Domain.Accounts;
using DealRoom.Domain.Stakeholders;
using DealRoom.Tests.Domain.Gaps;
using static DealRoom.Tests.Domain.Accounts.AccountNetworkTests;

namespace DealRoom.Tests.Domain.Accounts;

public class DecisionCultureTests
{
    [Fact]
    public void Find_ShouldNameTheRooms_WhenProcurementJoinsLateInTwoOpportunities()
    {
        var a = ProcurementInBuying();
        var b = ProcurementInBuying();
        var c = new GapTestRoom().Stakeholder("sh-p", "Sofia", ("buyingRole", nameof(BuyingRole.Procurement)));

        var finding = Assert.Single(DecisionCulture.Find([Room("r-a", a), Room("r-b", b), Room("r-c", c)]));

        Assert.Equal(CulturePattern.ProcurementJoinsLate, finding.Pattern);
        Assert.Equal(["r-a", "r-b"], finding.Rooms.Select(r => r.RoomId));
        Assert.Equal("Procurement joins late (in 2 of 3 opportunities)", finding.Title);
    }

    [Fact]
    public void Find_ShouldSayNothing_WhenAPatternShowsInOneRoomOnly()
    {
        Assert.Empty(DecisionCulture.Find([Room("r-a", ProcurementInBuying()), Room("r-b", new GapTestRoom())]));
    }

    [Fact]
    public void Find_ShouldReportDelegation_WhenTheEconomicBuyerDelegatesInTwoOpportunities()
    {
        static GapTestRoom Delegating() => new GapTestRoom()
            .Stakeholder("sh-eb", "Erik", ("buyingRole", nameof(BuyingRole.EconomicBuyer))).Stakeholder("sh-j", "Jonas")
            .Relationship("sh-eb", "sh-j", RelationshipKind.DelegatedTo);

        var finding = Assert.Single(DecisionCulture.Find([Room("r-a", Delegating()), Room("r-b", Delegating())]));

        Assert.Equal(CulturePattern.EconomicBuyerDelegates, finding.Pattern);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void CommitteeDecided_ShouldHold_WhenTwoOrMoreDecisionMakersAreActive(int decisionMakers, bool committee)
    {
        var room = new GapTestRoom();
        for (var i = 0; i < decisionMakers; i++)
        {
            room.Stakeholder($"sh-{i}", $"DM {i}", ("buyingRole", nameof(BuyingRole.DecisionMaker)));
        }

        Assert.Equal(committee, DecisionCulture.CommitteeDecided(room.State));
    }

    private static GapTestRoom ProcurementInBuying() =>
        new GapTestRoom(JourneyPhase.Buying).Stakeholder("sh-p", "Sofia", ("buyingRole", nameof(BuyingRole.Procurement)));
}
