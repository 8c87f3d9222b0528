using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

public class ExpertRuleTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("Cloud, IT", true)]
    [InlineData("Corporate finance, IT", false)]
    [InlineData("finance", false)]
    public void E1_ShouldFire_WhenNoExpertCoversAChallengeArea(string? expertise, bool fires)
    {
        var room = new GapTestRoom()
            .Member("tm-1", "Sam", expertise)
            .Element("ch-1", VisionElementType.Challenge, "Cash tied up in late invoices", ("area", "Finance"));

        var gap = room.Gaps("E1").SingleOrDefault();

        Assert.Equal(fires ? "Nobody on the team has Finance expertise for 'Cash tied up in late invoices'" : null, gap?.Title);
    }

    [Fact]
    public void E1_ShouldNotFire_ForElementsWithoutArea()
    {
        var room = new GapTestRoom().Element("con-1", VisionElementType.Concept, "Outsource billing");

        Assert.Empty(room.Gaps("E1"));
    }

    [Theory]
    [InlineData("Legal", "4", null, true)]
    [InlineData("Legal", "4", "Legal, Contracts", false)]
    [InlineData("Legal", "2", null, false)]
    public void E2_ShouldFire_WhenAKeyStakeholdersFunctionHasNoExpert(string function, string influence, string? expertise, bool fires)
    {
        var room = new GapTestRoom()
            .Member("tm-1", "Sam", expertise)
            .Stakeholder("sh-lex", "Lex", ("function", function), ("influence", influence));

        Assert.Equal(fires ? "No Legal expert on the team for Lex (Legal)" : null, room.Gaps("E2").SingleOrDefault()?.Title);
    }
}
