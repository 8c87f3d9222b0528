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

    [Theory]
    [InlineData("IT", "Security", true)] // "security" contains the letters "it", not the word
    [InlineData("IT", "IT security", false)]
    [InlineData("Information technology", "IT", false)]
    [InlineData("Procurement", "Strategic purchasing", false)]
    [InlineData("Finance", "Corporate finance", false)]
    [InlineData("Legal", "Paralegal support", true)]
    public void E2_ShouldMatchWholeWordsAndSynonyms_WhenComparingAFunctionWithExpertise(string function, string expertise, bool fires)
    {
        // Arrange: the CIO (or another decision maker) and one domain expert.
        var room = new GapTestRoom()
            .Member("tm-sam", "Sam Patel", expertise, role: "DomainExpert")
            .Stakeholder("sh-ben", "Ben Ng", ("title", "CIO"), ("function", function), ("buyingRole", "DecisionMaker"));

        Assert.Equal(fires, room.Gaps("E2").Count == 1);
    }

    [Fact]
    public void E2_ShouldLeaveOutGeneralManagement_WhichNoDomainExpertCovers()
    {
        var room = new GapTestRoom()
            .Member("tm-sam", "Sam Patel", "Finance", role: "DomainExpert")
            .Stakeholder("sh-kim", "Kim Larsen", ("title", "CEO"), ("function", "General management"), ("buyingRole", "ExecutiveSponsor"));

        Assert.Empty(room.Gaps("E2"));
    }

    [Theory]
    [InlineData("DealOwner", false)]
    [InlineData("DomainExpert", true)]
    public void E2_ShouldCountTheTeamsSellersAsCommercialExperts_ForAChiefCommercialOfficer(string role, bool fires)
    {
        var room = new GapTestRoom()
            .Member("tm-1", "Alex Moreau", "Finance", role)
            .Stakeholder("sh-cco", "Rosa Diaz", ("title", "CCO"), ("function", "Commercial"), ("buyingRole", "DecisionMaker"));

        Assert.Equal(fires ? "No Commercial expert on the team for Rosa Diaz (CCO)" : null, room.Gaps("E2").SingleOrDefault()?.Title);
    }

    [Fact]
    public void E2_ShouldStillAskForAnExpert_WhenTheFunctionIsMoreThanSales()
    {
        var room = new GapTestRoom()
            .Member("tm-1", "Alex Moreau", role: "DealOwner")
            .Stakeholder("sh-maria", "Maria Santos", ("title", "VP Sales Operations"), ("function", "Sales operations"), ("buyingRole", "ExecutiveSponsor"));

        Assert.Single(room.Gaps("E2"));
    }

    [Fact]
    public void E1_ShouldNotAcceptSecurityExpertise_ForAnITChallenge()
    {
        var room = new GapTestRoom()
            .Member("tm-sam", "Sam Patel", "Security", role: "DomainExpert")
            .Element("ch-1", VisionElementType.Challenge, "Legacy billing platform out of support", ("area", "IT"));

        Assert.Single(room.Gaps("E1"));
    }
}
