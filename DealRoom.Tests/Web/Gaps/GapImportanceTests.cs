using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Gaps;

namespace DealRoom.Tests.Web.Gaps;

public class GapImportanceTests
{
    private static Gap GapOf(string ruleId, Severity severity, params string[] ids) =>
        new(Gap.MakeId(ruleId, ids), ruleId, Dynamics.Change, severity, ids, ruleId, "why", "next", "f");

    [Fact]
    public void Order_ShouldRankBySeverityThenRoleThenInfluenceThenPower_WhenGapsAreAboutPeople()
    {
        var state = ComponentRooms.With(
            new AddStakeholder("sh-1", 0, 0, ComponentRooms.Fields(("name", "Placeholder"))),
            new AddStakeholder("sh-2", 0, 0, ComponentRooms.Fields(("name", "Influencer"), ("influence", "5"))),
            new AddStakeholder("sh-3", 0, 0, ComponentRooms.Fields(("name", "Sponsor"), ("buyingRole", "ExecutiveSponsor"), ("influence", "2"))),
            new AddStakeholder("sh-4", 0, 0, ComponentRooms.Fields(("name", "Buyer"), ("buyingRole", "EconomicBuyer"), ("influence", "2"))),
            new AddStakeholder("sh-5", 0, 0, ComponentRooms.Fields(("name", "Powerful"), ("influence", "5"), ("power", "5"))));
        Gap[] gaps = [GapOf("X", Severity.Warning, "sh-1"), GapOf("X", Severity.Warning, "sh-2"), GapOf("X", Severity.Warning, "sh-3"),
            GapOf("X", Severity.Warning, "sh-4"), GapOf("X", Severity.Warning, "sh-5"), GapOf("Y", Severity.Critical, "sh-1")];

        var ordered = GapImportance.Order(gaps, state).Select(g => g.Id);

        Assert.Equal(["Y:sh-1", "X:sh-4", "X:sh-3", "X:sh-5", "X:sh-2", "X:sh-1"], ordered);
    }

    [Fact]
    public void Order_ShouldPutRoomLevelGapsFirstAndGapsWithoutPeopleLast_WithinASeverity()
    {
        var state = ComponentRooms.With(new AddStakeholder("sh-1", 0, 0, ComponentRooms.Fields(("name", "Ana"))));
        Gap[] gaps = [GapOf("A", Severity.Info, "ve-1"), GapOf("B", Severity.Info, "sh-1"), GapOf("C", Severity.Info)];

        var ordered = GapImportance.Order(gaps, state).Select(g => g.Id);

        Assert.Equal(["C", "B:sh-1", "A:ve-1"], ordered);
    }

    [Fact]
    public void GroupOf_ShouldShareTheWhy_OnlyWhenARulesFindingsAllSayTheSame()
    {
        Gap[] ordered = [GapOf("X", Severity.Warning, "a"), GapOf("Y", Severity.Warning, "b"), GapOf("X", Severity.Warning, "c"),
            GapOf("Z", Severity.Warning, "d") with { Why = "one" }, GapOf("Z", Severity.Warning, "e") with { Why = "two" }];

        var groups = GapGroup.Of(ordered);

        Assert.Equal(["X", "Y", "Z"], groups.Select(g => g.RuleId));
        Assert.Equal(["X:a", "X:c"], groups[0].Gaps.Select(g => g.Id));
        Assert.Equal("why", groups[0].SharedWhy);
        Assert.Null(groups[1].SharedWhy);
        Assert.Null(groups[2].SharedWhy);
    }
}
