using DealRoom.Domain.Gaps;

namespace DealRoom.Tests.Domain.Gaps;

public class BuyingGroupRuleTests
{
    [Fact]
    public void B1_ShouldBeCritical_WhenThereIsNoChampion()
    {
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana", ("stance", "Supporter"));

        var gap = Assert.Single(room.Gaps("B1"));

        Assert.Equal(("B1", Severity.Critical), (gap.Id, gap.Severity));
    }

    [Theory]
    [InlineData("true", "true", "true", null)]
    [InlineData("true", "false", "true", "Ana Ruiz (CFO) fails the champion test: cannot move budget")]
    [InlineData("false", "false", "false",
        "Ana Ruiz (CFO) fails the champion test: does not prefer us over every alternative, cannot move budget, does not sell for us when we are absent")]
    public void B1_ShouldWarn_WhenTheChampionFailsTheTest(string prefers, string budget, string sells, string? title)
    {
        var room = new GapTestRoom().Stakeholder(
            "sh-ana", "Ana Ruiz", ("title", "CFO"), ("stance", "Champion"),
            ("championPrefersUs", prefers), ("championMovesBudget", budget), ("championSellsForUs", sells));

        var gap = room.Gaps("B1").SingleOrDefault();

        Assert.Equal(title, gap?.Title);
        Assert.True(gap is null || gap is { Id: "B1:sh-ana", Severity: Severity.Warning });
    }

    [Theory]
    [InlineData(new[] { "Supporter", "Skeptic" }, true)]
    [InlineData(new[] { "Neutral", "Neutral" }, true)]
    [InlineData(new[] { "Supporter", "Champion", "Blocker" }, false)]
    public void B2_ShouldFire_WhenSupportDoesNotOutnumberOpposition(string[] stances, bool fires)
    {
        var room = new GapTestRoom();
        for (var i = 0; i < stances.Length; i++)
        {
            room.Stakeholder($"sh-{i}", $"Person {i}", ("influence", "4"), ("stance", stances[i]));
        }

        Assert.Equal(fires, room.Gaps("B2").Count == 1);
    }

    [Fact]
    public void B2_ShouldNotFire_WithoutKeyStakeholders()
    {
        Assert.Empty(new GapTestRoom().Stakeholder("sh-1", "Lee", ("influence", "2")).Gaps("B2"));
    }

    [Theory]
    [InlineData(3, null, true)]
    [InlineData(3, "Skeptic", false)]
    [InlineData(2, null, false)]
    public void B3_ShouldFire_WhenNoOppositionIsMapped(int count, string? lastStance, bool fires)
    {
        var room = new GapTestRoom();
        for (var i = 0; i < count; i++)
        {
            room.Stakeholder($"sh-{i}", $"Person {i}", ("stance", i == count - 1 ? lastStance : "Supporter"));
        }

        Assert.Equal(fires, room.Gaps("B3").Count == 1);
    }

    [Theory]
    [InlineData("DecisionMaker", "Unknown", "4", "Ana is a key stakeholder with unknown stance")]
    [InlineData("Unknown", "Unknown", "4", "Ana is a key stakeholder with unknown buying role and stance")]
    [InlineData("DecisionMaker", "Supporter", "4", null)]
    [InlineData("Unknown", "Unknown", "2", null)]
    public void B4_ShouldFire_WhenAKeyStakeholdersRoleOrStanceIsUnknown(string role, string stance, string influence, string? title)
    {
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana", ("buyingRole", role), ("stance", stance), ("influence", influence));

        Assert.Equal(title, room.Gaps("B4").SingleOrDefault()?.Title);
    }

    [Theory]
    [InlineData("EvenKeel", true)]
    [InlineData("Overconfident", true)]
    [InlineData("Trouble", false)]
    [InlineData("Growth", false)]
    public void B5_ShouldFire_WhenTheEconomicBuyerFeelsNoNeed(string mode, bool fires)
    {
        var room = new GapTestRoom().Stakeholder("sh-eb", "Eva", ("buyingRole", "EconomicBuyer"), ("responseMode", mode));

        Assert.Equal(fires ? "B5:sh-eb" : null, room.Gaps("B5").SingleOrDefault()?.Id);
    }

    [Theory]
    [InlineData(null, null, "No compelling event and no alternatives recorded")]
    [InlineData("Old system out of support in June", null, "No alternatives recorded (competitors, an internal project, doing nothing)")]
    [InlineData(null, "Competitor X, doing nothing", "No compelling event recorded")]
    [InlineData("Old system out of support in June", "Competitor X, doing nothing", null)]
    public void B6_ShouldFire_WhenTheCompellingEventOrAlternativesAreMissing(string? compellingEvent, string? alternatives, string? title)
    {
        var room = new GapTestRoom().Room(("compellingEvent", compellingEvent), ("alternatives", alternatives), ("name", "Acme billing"));

        Assert.Equal(title, room.Gaps("B6").SingleOrDefault()?.Title);
    }
}
