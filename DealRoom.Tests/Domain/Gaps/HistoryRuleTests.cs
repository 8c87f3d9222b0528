using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Tests.Domain.Gaps;

public class HistoryRuleTests
{
    [Fact]
    public void H1_ShouldFire_WhenAKeyPlayerJoinedSinceTheIteration()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana", ("influence", "4"))
            .Iteration()
            .Stakeholder("sh-new", "Nia New", ("title", "COO"), ("buyingRole", "DecisionMaker"))
            .Stakeholder("sh-low", "Lou", ("influence", "2"));

        var gap = Assert.Single(room.Gaps("H1"));

        Assert.Equal("Nia New (COO) is a new key player since the last iteration", gap.Title);
    }

    [Fact]
    public void H1_ShouldNotFire_WithoutABaseline()
    {
        var room = new GapTestRoom().Stakeholder("sh-new", "Nia", ("buyingRole", "DecisionMaker"));

        Assert.Null(room.State.Baseline);
        Assert.Empty(room.Gaps("H1"));
    }

    [Theory]
    [InlineData("Supporter", "Skeptic", Severity.Warning)]
    [InlineData("Champion", "Blocker", Severity.Critical)]
    [InlineData("Skeptic", "Supporter", null)]
    [InlineData("Unknown", "Skeptic", null)]
    public void H2_ShouldFire_WhenAStanceDropped(string before, string after, Severity? severity)
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana", ("stance", before))
            .Iteration()
            .Update("sh-ana", ("stance", after));

        var gap = room.Gaps("H2").SingleOrDefault();

        Assert.Equal(severity, gap?.Severity);
        Assert.True(gap is null || gap.Title == $"Ana dropped from {before} to {after} since the last iteration");
    }

    [Fact]
    public void H3_ShouldFire_WhenTheChampionLeft()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana", ("stance", "Champion"))
            .Iteration()
            .Update("sh-ana", ("dateLeft", "2025-02-20"));

        Assert.Equal("Ana, your champion, left the buying group since the last iteration", Assert.Single(room.Gaps("H3")).Title);
    }

    [Fact]
    public void H3_ShouldFire_WhenTheSponsorDelegated()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-cy", "Cy", ("buyingRole", "ExecutiveSponsor"))
            .Stakeholder("sh-dee", "Dee", ("title", "VP Finance"))
            .Iteration()
            .Relationship("sh-cy", "sh-dee", RelationshipKind.DelegatedTo);

        var gap = Assert.Single(room.Gaps("H3"));

        Assert.Equal(("H3:sh-cy", "Cy, your executive sponsor, delegated the project to Dee (VP Finance) since the last iteration"), (gap.Id, gap.Title));
    }

    [Fact]
    public void H3_ShouldNotFire_WhenNothingChangedSinceTheIteration()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-cy", "Cy", ("buyingRole", "ExecutiveSponsor"))
            .Stakeholder("sh-dee", "Dee")
            .Relationship("sh-cy", "sh-dee", RelationshipKind.DelegatedTo)
            .Iteration()
            .Move("sh-cy");

        Assert.Empty(room.Gaps("H3"));
    }
}
