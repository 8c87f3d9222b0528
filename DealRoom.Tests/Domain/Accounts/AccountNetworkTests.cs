using DealRoom.Domain.Accounts;
using DealRoom.Domain.Team;
using DealRoom.Tests.Domain.Gaps;

namespace DealRoom.Tests.Domain.Accounts;

public class AccountNetworkTests
{
    [Fact]
    public void Build_ShouldMakeOneContact_WhenTheSameEmailAppearsInTwoRooms()
    {
        var crm = new GapTestRoom().Stakeholder("sh-1", "Maria Santos", ("email", "maria@northwind.example"));
        var wms = new GapTestRoom().Stakeholder("sh-9", "Maria Santos-Ruiz", ("email", "MARIA@northwind.example"));

        var network = AccountNetwork.Build([Room("r-crm", crm), Room("r-wms", wms)], []);

        var maria = Assert.Single(network.Contacts);
        Assert.Equal("email:maria@northwind.example", maria.Key);
        Assert.Equal(["r-crm", "r-wms"], maria.Appearances.Select(a => a.Room.RoomId));
    }

    [Fact]
    public void Build_ShouldKeepPeopleApart_WhenOnlyTheirNamesMatch()
    {
        var crm = new GapTestRoom().Stakeholder("sh-1", "Jonas Meyer");
        var wms = new GapTestRoom().Stakeholder("sh-2", "jonas meyer");

        var network = AccountNetwork.Build([Room("r-crm", crm), Room("r-wms", wms)], []);

        Assert.Equal(2, network.Contacts.Count);
        Assert.Equal(2, Assert.Single(network.PossiblySame).Count);
    }

    [Fact]
    public void Build_ShouldJoinTwoStakeholders_WhenTheTeamLinkedThemByHand()
    {
        var crm = new GapTestRoom().Stakeholder("sh-1", "Jonas Meyer");
        var wms = new GapTestRoom().Stakeholder("sh-2", "Jonas Meyer");

        var network = AccountNetwork.Build([Room("r-crm", crm), Room("r-wms", wms)], [new ContactLink("r-crm", "sh-1", "r-wms", "sh-2")]);

        Assert.Equal(2, Assert.Single(network.Contacts).Appearances.Count);
        Assert.Empty(network.PossiblySame);
    }

    [Fact]
    public void Strongest_ShouldBeTheHighestLevelAcrossRooms_WhenSeveralMembersCoverThePerson()
    {
        var crm = new GapTestRoom().Stakeholder("sh-1", "Erik", ("email", "erik@nw.example")).Member("tm-1", "Nina").Covers("tm-1", "sh-1");
        var wms = new GapTestRoom().Stakeholder("sh-1", "Erik", ("email", "erik@nw.example")).Member("tm-2", "Alex")
            .Apply(new DealRoom.Domain.Rooms.Operations.AddCoverage("cov-x", "tm-2", "sh-1",
                new Dictionary<string, string?> { ["currentLevel"] = "TrustedAdvisor" }));

        var erik = Assert.Single(AccountNetwork.Build([Room("r-crm", crm), Room("r-wms", wms)], []).Contacts);

        Assert.Equal(new HeldCoverage("Alex", RelationshipLevel.TrustedAdvisor, ContactDepth.NoContact), erik.Strongest);
        Assert.Equal(["Alex", "Nina"], erik.CoveredBy);
    }

    internal static AccountRoom Room(string id, GapTestRoom room) => new(id, id, room.State);
}
