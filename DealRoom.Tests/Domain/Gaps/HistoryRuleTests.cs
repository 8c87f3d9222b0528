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

    [Fact]
    public void H1_ShouldSaySinceTheMoveToBuying_WhenNoIterationWasEverMarked()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana", ("influence", "4"))
            .Phase(JourneyPhase.Buying, "Decision signed off")
            .Stakeholder("sh-new", "Nia New", ("title", "COO"), ("buyingRole", "DecisionMaker"));

        Assert.Equal("Nia New (COO) is a new key player since the move to Buying", Assert.Single(room.Gaps("H1")).Title);
    }

    [Fact]
    public void H3_ShouldClear_WhenTheTeamCoversAndOnboardsTheDelegate()
    {
        // Arrange: in Awareness the sponsor hands the project to her VP Finance after the kick-off.
        var room = new GapTestRoom()
            .Stakeholder("sh-cy", "Cy Adams", ("title", "CEO"), ("buyingRole", "ExecutiveSponsor"))
            .Stakeholder("sh-dee", "Dee Park", ("title", "VP Finance"))
            .Member("tm-sam", "Sam Patel")
            .Iteration("Kick-off")
            .Relationship("sh-cy", "sh-dee", RelationshipKind.DelegatedTo);
        Assert.Single(room.Gaps("H3"));

        // Act
        room.Covers("tm-sam", "sh-dee").Update("sh-dee", ("onboarded", "true"));

        // Assert
        Assert.Empty(room.Gaps("H3"));
    }

    [Fact]
    public void H3_ShouldLeaveASponsorsDelegationToD6_WhileBuying()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-cy", "Cy Adams", ("title", "CEO"), ("buyingRole", "ExecutiveSponsor"))
            .Stakeholder("sh-dee", "Dee Park", ("title", "VP Finance"))
            .Phase(JourneyPhase.Buying, "Decision signed off")
            .Iteration("Proposal review")
            .Relationship("sh-cy", "sh-dee", RelationshipKind.DelegatedTo);

        Assert.Empty(room.Gaps("H3"));
        Assert.Equal("D6:sh-cy,sh-dee", Assert.Single(room.Gaps("D6")).Id);
    }

    [Fact]
    public void H3_ShouldStillReportAChampionsDelegation_WhileBuying()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("stance", "Champion"))
            .Stakeholder("sh-dee", "Dee Park", ("title", "VP Finance"))
            .Phase(JourneyPhase.Buying, "Decision signed off")
            .Iteration("Proposal review")
            .Relationship("sh-ana", "sh-dee", RelationshipKind.DelegatedTo);

        Assert.Equal("Ana Ruiz, your champion, delegated the project to Dee Park (VP Finance) since the last iteration", Assert.Single(room.Gaps("H3")).Title);
    }
}
