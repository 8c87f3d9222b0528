using DealRoom.Domain.Experts;

namespace DealRoom.Tests.Domain.Experts;

public class ExpertRankingTests
{
    private static ExpertProfile Expert(string name, string area, int proficiency, int capacity = 20, int allocated = 0, int past = 0, int won = 0) =>
        new(name.ToLowerInvariant(), name, [new ExpertiseArea(area, proficiency, KnowledgeArea.OurCapabilities)], capacity, allocated, past, won);

    [Fact]
    public void Rank_ShouldLeaveOutPeople_WhenNoAreaCoversTheWantedExpertise()
    {
        var ranked = ExpertRanking.Rank("Finance", 4, [Expert("Riley", "Value engineering", 3), Expert("Sam", "IT", 3)]);

        Assert.Empty(ranked);
    }

    [Fact]
    public void Rank_ShouldMatchThroughSynonyms_WhenTheAreaIsNamedDifferently()
    {
        var ranked = ExpertRanking.Rank("Procurement", 4, [Expert("Pat", "Purchasing", 2)]);

        Assert.Equal("Purchasing", Assert.Single(ranked).MatchedArea);
    }

    [Fact]
    public void Rank_ShouldPutHigherProficiencyFirst_WhenBothHaveTheHoursFree()
    {
        var ranked = ExpertRanking.Rank("Finance", 4, [Expert("Ann", "Finance", 2), Expert("Riley", "Corporate finance", 3)]);

        Assert.Equal(["Riley", "Ann"], ranked.Select(c => c.Expert.Name));
    }

    [Fact]
    public void Rank_ShouldPutSomeoneWithTheHoursFirst_WhenTheAuthorityIsFullyBooked()
    {
        var ranked = ExpertRanking.Rank("Finance", 6, [Expert("Busy", "Finance", 3, capacity: 10, allocated: 8), Expert("Free", "Finance", 1)]);

        Assert.Equal(["Free", "Busy"], ranked.Select(c => c.Expert.Name));
        Assert.False(ranked[1].HasRoom);
        Assert.Contains("only 2 h/week free", ranked[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ShouldPreferMoreWonDeals_OverMoreFreeHours_WhenProficiencyIsEqual()
    {
        var ranked = ExpertRanking.Rank("Finance", 4, [Expert("Spare", "Finance", 3, capacity: 30, past: 2, won: 0), Expert("Riley", "Finance", 3, capacity: 12, past: 3, won: 2)]);

        Assert.Equal(["Riley", "Spare"], ranked.Select(c => c.Expert.Name));
        Assert.Equal("Finance (authority), 12 h/week free, 2 of 3 past deals won", ranked[0].Why);
        Assert.EndsWith("0 of 2 past deals won", ranked[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ShouldStillPutProficiencyBeforeTheRecord_WhenBothHaveTheHoursFree()
    {
        var ranked = ExpertRanking.Rank("Finance", 4, [Expert("Winner", "Finance", 2, past: 5, won: 5), Expert("Authority", "Finance", 3)]);

        Assert.Equal(["Authority", "Winner"], ranked.Select(c => c.Expert.Name));
        Assert.EndsWith("no ended deals yet", ranked[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ShouldPreferTheBetterRecord_WhenProficiencyAndFreeHoursAreEqual()
    {
        var ranked = ExpertRanking.Rank("IT", 2, [Expert("Lost", "IT", 2, past: 4, won: 1), Expert("Won", "IT", 2, past: 4, won: 3)]);

        Assert.Equal(["Won", "Lost"], ranked.Select(c => c.Expert.Name));
    }

    [Fact]
    public void OverCapacity_ShouldBeTrue_WhenAllocatedHoursExceedCapacity()
    {
        Assert.True(Expert("Busy", "IT", 2, capacity: 10, allocated: 12).OverCapacity);
        Assert.False(Expert("Fine", "IT", 2, capacity: 10, allocated: 10).OverCapacity);
    }
}
