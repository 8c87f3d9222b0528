using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

public class DecisionRuleTests
{
    [Theory]
    [InlineData("Buying", "false", true)]
    [InlineData("Buying", "true", false)]
    [InlineData("Awareness", "false", false)]
    public void D1_ShouldFire_WhenANewcomerInBuyingIsNotOnboarded(string phaseJoined, string onboarded, bool fires)
    {
        var room = Buying().Stakeholder("sh-dan", "Dan Ortiz", ("title", "Head of IT Ops"), ("phaseJoined", phaseJoined), ("onboarded", onboarded));

        Assert.Equal(fires ? "D1:sh-dan" : null, room.Gaps("D1").SingleOrDefault()?.Id);
    }

    [Theory]
    [InlineData("Procurement", null, false)]
    [InlineData("User", "Strategic Purchasing", false)]
    [InlineData("User", "Finance", true)]
    public void D2_ShouldFire_WhenNoProcurementStakeholderIsMapped(string role, string? function, bool fires)
    {
        var room = Buying().Stakeholder("sh-pia", "Pia", ("buyingRole", role), ("function", function));

        Assert.Equal(fires, room.Gaps("D2").Count == 1);
    }

    [Fact]
    public void D3_ShouldBeCritical_WhenThereIsNoEconomicBuyer()
    {
        var gap = Assert.Single(Buying().Gaps("D3"));

        Assert.Equal(("D3", Severity.Critical), (gap.Id, gap.Severity));
    }

    [Fact]
    public void D4_ShouldFire_ForAResultWithoutMetricAndAMetricWithoutTarget()
    {
        var room = Buying()
            .Element("res-1", VisionElementType.DesiredResult, "Cut DSO by 10 days")
            .Element("m-1", VisionElementType.Metric, "DSO", ("owner", "Ana Ruiz"));

        Assert.Equal(["D4:m-1", "D4:res-1"], room.Gaps("D4").Select(g => g.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Agree the target value for 'DSO' with Ana Ruiz and record it on the metric.", room.Gap("D4:m-1")!.NextStep);
    }

    [Fact]
    public void D4_ShouldNotFire_WhenTheResultIsMeasuredByAMetricWithATarget()
    {
        var room = Buying()
            .Element("res-1", VisionElementType.DesiredResult, "Cut DSO by 10 days")
            .Element("m-1", VisionElementType.Metric, "DSO", ("targetValue", "48"))
            .Link("res-1", "m-1", VisionLinkKind.MeasuredBy);

        Assert.Empty(room.Gaps("D4"));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void D5_ShouldFire_WhenNoMilestoneLeadsToTheFutureState(bool linked, bool fires)
    {
        var room = Buying()
            .Element("fs-1", VisionElementType.FutureState, "Billing runs itself")
            .Element("ms-1", VisionElementType.Milestone, "Pilot in Spain");
        if (linked)
        {
            room.Link("ms-1", "fs-1", VisionLinkKind.StepOf);
        }

        Assert.Equal(fires, room.Gaps("D5").Count == 1);
    }

    [Theory]
    [InlineData(false, false, "neither covered nor onboarded")]
    [InlineData(true, false, "not onboarded")]
    [InlineData(false, true, "not covered by the team")]
    [InlineData(true, true, null)]
    public void D6_ShouldFire_WhenADelegateIsNotSecured(bool covered, bool onboarded, string? missing)
    {
        var room = Buying()
            .Stakeholder("sh-spo", "Cy Sponsor", ("buyingRole", "ExecutiveSponsor"))
            .Stakeholder("sh-del", "Dee Delegate", ("title", "VP Finance"), ("onboarded", onboarded ? "true" : "false"))
            .Relationship("sh-spo", "sh-del", RelationshipKind.DelegatedTo)
            .Member("tm-1", "Sam");
        if (covered)
        {
            room.Covers("tm-1", "sh-del");
        }

        var gap = room.Gaps("D6").SingleOrDefault();

        Assert.Equal(missing is null ? null : $"Cy Sponsor delegated the project to Dee Delegate (VP Finance), who is {missing}", gap?.Title);
        Assert.Equal(missing is null ? null : "D6:sh-del,sh-spo", gap?.Id);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void D7_ShouldFire_WhenARiskHasNoMitigation(bool mitigated, bool fires)
    {
        var room = Buying().Element("risk-1", VisionElementType.Risk, "Data migration slips");
        if (mitigated)
        {
            room.Element("ms-1", VisionElementType.Milestone, "Migration dry run").Link("ms-1", "risk-1", VisionLinkKind.Mitigates);
        }

        Assert.Equal(fires ? "D7:risk-1" : null, room.Gaps("D7").SingleOrDefault()?.Id);
    }

    [Theory]
    [InlineData("tm-1", null, "Single-threaded: Ana (CFO) is the only one of 2 key stakeholders the team covers")]
    [InlineData("tm-1", "tm-1", "Single-threaded: Sam is the only team member covering key stakeholders")]
    [InlineData("tm-1", "tm-2", null)]
    public void D8_ShouldFire_WhenTheDealIsSingleThreaded(string anaCoveredBy, string? benCoveredBy, string? title)
    {
        var room = Buying()
            .Stakeholder("sh-ana", "Ana", ("title", "CFO"), ("influence", "4"))
            .Stakeholder("sh-ben", "Ben", ("influence", "5"))
            .Member("tm-1", "Sam")
            .Member("tm-2", "Kim")
            .Covers(anaCoveredBy, "sh-ana");
        if (benCoveredBy is not null)
        {
            room.Covers(benCoveredBy, "sh-ben");
        }

        Assert.Equal(title, room.Gaps("D8").SingleOrDefault()?.Title);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void D9_ShouldFire_WhenANumbersPersonEndorsesNoMetric(bool endorses, bool fires)
    {
        var room = Buying()
            .Stakeholder("sh-fin", "Fin Lee", ("informationPreference", "NumbersAndData"))
            .Element("m-1", VisionElementType.Metric, "DSO");
        if (endorses)
        {
            room.Endorse("sh-fin", "m-1");
        }

        Assert.Equal(fires ? "D9:sh-fin" : null, room.Gaps("D9").SingleOrDefault()?.Id);
    }

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("PO, then legal review, then DocuSign", null, null, false)]
    [InlineData(null, "Legal review of the MSA", null, false)]
    [InlineData(null, "Step 3", "Procurement", false)]
    [InlineData(null, "Pilot in Spain", "Operations", true)]
    public void D10_ShouldFire_WhenThePaperProcessIsNotMapped(string? paperProcess, string? milestone, string? area, bool fires)
    {
        var room = Buying().Room(("paperProcess", paperProcess), ("name", "Acme billing"));
        if (milestone is not null)
        {
            room.Element("ms-1", VisionElementType.Milestone, milestone, ("area", area));
        }

        Assert.Equal(fires, room.Gaps("D10").Count == 1);
    }

    private static GapTestRoom Buying() => new(JourneyPhase.Buying);
}
