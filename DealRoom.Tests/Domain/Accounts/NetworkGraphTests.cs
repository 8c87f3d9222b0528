using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;

namespace DealRoom.Tests.Domain.Accounts;

public class NetworkGraphTests
{
    [Fact]
    public void Build_ShouldDrawOneLinePerMemberAndPerson_WithTheStrongestMarked_WhenSeveralRoomsCoverThem()
    {
        var crm = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Erik", ("email", "erik@nw.example"))
            .Member("tm-1", "Nina").Covers("cov-1", "tm-1", "sh-1", "Vendor")
            .Member("tm-2", "Alex").Covers("cov-2", "tm-2", "sh-1", "ProblemSolver");
        var wms = new LoggedRoom("r-wms", "WMS").Person("sh-9", "Erik", ("email", "erik@nw.example"))
            .Member("tm-9", "Nina").Covers("cov-9", "tm-9", "sh-9", "TrustedAdvisor");

        var graph = Graph(crm, wms);

        Assert.Equal(2, graph.Coverage.Count);
        var nina = Assert.Single(graph.Coverage, c => c.MemberName == "Nina");
        Assert.Equal(RelationshipLevel.TrustedAdvisor, nina.Level);
        Assert.True(nina.IsStrongest);
        Assert.Equal(["r-crm", "r-wms"], nina.Rooms.Select(r => r.RoomId));
        Assert.False(Assert.Single(graph.Coverage, c => c.MemberName == "Alex").IsStrongest);
        Assert.Equal([("Alex", 1), ("Nina", 1)], graph.Members.Select(m => (m.Name, m.Holds)).Order());
    }

    [Fact]
    public void Build_ShouldJoinTheRoomsRelationshipsBetweenContacts_WhenTwoRoomsRecordTheSameOne()
    {
        var crm = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Maria", ("email", "maria@nw.example")).Person("sh-2", "Erik", ("email", "erik@nw.example"))
            .Apply(new AddRelationship("rel-1", "sh-1", "sh-2", new Dictionary<string, string?> { ["kind"] = "ReportsTo", ["strength"] = "Weak" }));
        var wms = new LoggedRoom("r-wms", "WMS").Person("sh-7", "Maria", ("email", "maria@nw.example")).Person("sh-8", "Erik", ("email", "erik@nw.example"))
            .Apply(new AddRelationship("rel-7", "sh-7", "sh-8", new Dictionary<string, string?> { ["kind"] = "ReportsTo", ["strength"] = "Strong" }));

        var relationship = Assert.Single(Graph(crm, wms).Relationships);

        Assert.Equal(("email:maria@nw.example", "email:erik@nw.example", RelationshipKind.ReportsTo, RelationshipStrength.Strong),
            (relationship.FromKey, relationship.ToKey, relationship.Kind, relationship.Strength));
        Assert.Equal(2, relationship.Rooms.Count);
    }

    [Fact]
    public void Build_ShouldListAMemberWhoCoversNobody_WhenTheyAreOnARoomsTeam()
    {
        var crm = new LoggedRoom("r-crm", "CRM").Person("sh-1", "Maria").Member("tm-1", "Sam");

        var sam = Assert.Single(Graph(crm).Members);

        Assert.Equal(("Sam", 0), (sam.Name, sam.Holds));
    }

    private static NetworkGraph Graph(params LoggedRoom[] rooms)
    {
        var accountRooms = rooms.Select(r => r.AsAccountRoom).ToList();
        return NetworkGraph.Build(accountRooms, AccountNetwork.Build(accountRooms, []));
    }
}
