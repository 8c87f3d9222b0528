using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Tests.Domain.Gaps;

/// <summary>
/// What the team has and has not assessed about each stakeholder: an influence nobody entered is "not assessed", not
/// 3 (C1, C6); each key stakeholder's decision-making style and information preference (D3, D11); coverage of the key
/// stakeholders in every phase (D8).
/// </summary>
public class AssessmentRuleTests
{
    [Fact]
    public void C1_ShouldSayTheInfluenceIsNotAssessed_WhenNobodyEnteredIt()
    {
        // Arrange: the seller adds the CFO with name and title only.
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"));

        // Act
        var gap = Assert.Single(room.Gaps("C1"));

        // Assert
        Assert.Equal("Ana Ruiz (CFO) has no known concept, and their influence is not assessed", gap.Title);
        Assert.Equal("Ask Ana Ruiz how they would approach the challenge, record it as a Concept they hold, and assess their influence.", gap.NextStep);
        Assert.Null(room.State.Stakeholders["sh-ana"].Influence);
    }

    [Fact]
    public void C1_ShouldReopenAnAcknowledgement_WhenTheInfluenceIsAssessed()
    {
        // Arrange
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana Ruiz").Acknowledge("C1:sh-ana");
        Assert.Contains(room.Report.Acknowledged, g => g.Id == "C1:sh-ana");

        // Act
        room.Update("sh-ana", ("influence", "3"));

        // Assert
        Assert.Contains(room.Report.Open, g => g.Id == "C1:sh-ana" && g.Title == "Ana Ruiz has influence 3 and no known concept");
    }

    [Fact]
    public void C6_ShouldSayTheInfluenceIsNotAssessed_ForAnUncoveredBlocker()
    {
        var room = new GapTestRoom().Stakeholder("sh-tom", "Tom Becker", ("title", "IT Security Lead"), ("stance", "Blocker"));

        var gap = Assert.Single(room.Gaps("C6"));

        Assert.Equal(Severity.Critical, gap.Severity);
        Assert.Equal("Tom Becker (IT Security Lead) is a Blocker whose influence is not assessed, and nobody covers them", gap.Title);
    }

    [Fact]
    public void IsKey_ShouldBeFalse_WhenOnlyTheInfluenceCouldMakeThemKeyAndItIsNotAssessed()
    {
        var room = new GapTestRoom().Stakeholder("sh-lou", "Lou", ("buyingRole", "User"));

        Assert.False(room.State.Stakeholders["sh-lou"].IsKey);
    }

    [Theory]
    [InlineData("Unknown", "Unknown", "Eva Berg, the economic buyer, has an unknown decision-making style and information preference")]
    [InlineData("Thinker", "Unknown", "Eva Berg, the economic buyer, has an unknown information preference")]
    [InlineData("Unknown", "NumbersAndData", "Eva Berg, the economic buyer, has an unknown decision-making style")]
    [InlineData("Thinker", "NumbersAndData", null)]
    public void D3_ShouldWarn_WhenTheEconomicBuyersStyleOrPreferenceIsUnknown(string style, string preference, string? title)
    {
        var room = new GapTestRoom(JourneyPhase.Buying)
            .Stakeholder("sh-eb", "Eva Berg", ("buyingRole", "EconomicBuyer"), ("decisionStyle", style), ("informationPreference", preference));

        var gap = room.Gaps("D3").SingleOrDefault();

        Assert.Equal(title, gap?.Title);
        Assert.True(gap is null || (gap.Id, gap.Severity) == ("D3:sh-eb", Severity.Warning));
    }

    [Theory]
    [InlineData("Unknown", "Unknown", "Maria Santos (COO) is a key stakeholder with an unknown decision-making style and information preference")]
    [InlineData("Controller", "Unknown", "Maria Santos (COO) is a key stakeholder with an unknown information preference")]
    [InlineData("Controller", "BigPicture", null)]
    public void D11_ShouldFire_WhenAKeyStakeholdersStyleOrPreferenceIsUnknown(string style, string preference, string? title)
    {
        var room = new GapTestRoom(JourneyPhase.Buying)
            .Stakeholder("sh-maria", "Maria Santos", ("title", "COO"), ("buyingRole", "ExecutiveSponsor"),
                ("decisionStyle", style), ("informationPreference", preference));

        Assert.Equal(title, room.Gaps("D11").SingleOrDefault()?.Title);
    }

    [Fact]
    public void D11_ShouldLeaveTheEconomicBuyerToD3_AndIgnoreStakeholdersWhoAreNotKey()
    {
        var room = new GapTestRoom(JourneyPhase.Buying)
            .Stakeholder("sh-eb", "Eva Berg", ("buyingRole", "EconomicBuyer"))
            .Stakeholder("sh-lou", "Lou", ("buyingRole", "User"), ("influence", "2"));

        Assert.Empty(room.Gaps("D11"));
        Assert.Single(room.Gaps("D3"));
    }

    [Theory]
    [InlineData(JourneyPhase.Awareness, "learn each one's concept of the change")]
    [InlineData(JourneyPhase.Buying, "before the proposal goes out")]
    [InlineData(JourneyPhase.ImplementationAndAdoption, "hold a value conversation with each of them")]
    public void D8_ShouldFire_InEveryPhase_WhenOneSellerHoldsEveryKeyRelationship(JourneyPhase phase, string step)
    {
        // Arrange
        var room = new GapTestRoom(phase)
            .Stakeholder("sh-erik", "Erik Lindqvist", ("title", "CFO"), ("buyingRole", "EconomicBuyer"))
            .Stakeholder("sh-maria", "Maria Santos", ("title", "COO"), ("buyingRole", "ExecutiveSponsor"))
            .Member("tm-sam", "Sam Patel")
            .Covers("tm-sam", "sh-erik")
            .Covers("tm-sam", "sh-maria");

        // Act
        var gap = Assert.Single(room.Gaps("D8"));

        // Assert
        Assert.Equal("Single-threaded: Sam Patel is the only team member covering key stakeholders", gap.Title);
        Assert.EndsWith(step + ".", gap.NextStep, StringComparison.Ordinal);
    }
}
