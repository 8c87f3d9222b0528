using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

public class ChangeRuleTests
{
    [Theory]
    [InlineData("3", false, true)]
    [InlineData("5", false, true)]
    [InlineData("2", false, false)]
    [InlineData("4", true, false)]
    public void C1_ShouldFire_WhenAnInfluentialStakeholderHoldsNoConcept(string influence, bool holdsConcept, bool fires)
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"), ("influence", influence))
            .Element("con-1", VisionElementType.Concept, "Outsource billing");
        if (holdsConcept)
        {
            room.Endorse("sh-ana", "con-1", EndorsementKind.Holds);
        }

        var gaps = room.Gaps("C1");

        Assert.Equal(fires, gaps.Count == 1);
        if (fires)
        {
            Assert.Equal("C1:sh-ana", gaps[0].Id);
            Assert.Equal($"Ana Ruiz (CFO) has influence {influence} and no known concept", gaps[0].Title);
        }
    }

    [Fact]
    public void C1_ShouldNotFire_WhenTheStakeholderLeftTheGroup()
    {
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana Ruiz", ("influence", "5"), ("dateLeft", "2025-01-10"));

        Assert.Empty(room.Gaps("C1"));
    }

    [Theory]
    [InlineData(false, false, "Ana Ruiz (CFO) has no desired result and no personal win recorded")]
    [InlineData(true, false, "Ana Ruiz (CFO) has no personal win recorded")]
    [InlineData(false, true, "Ana Ruiz (CFO) has no desired result recorded")]
    [InlineData(true, true, null)]
    public void C2_ShouldFire_WhenAKeyStakeholderLacksAResultOrAWin(bool wants, bool gains, string? title)
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"), ("buyingRole", "EconomicBuyer"))
            .Element("res-1", VisionElementType.DesiredResult, "Cut DSO by 10 days")
            .Element("win-1", VisionElementType.Win, "Board recognition");
        if (wants)
        {
            room.Endorse("sh-ana", "res-1", EndorsementKind.Wants);
        }

        if (gains)
        {
            room.Endorse("sh-ana", "win-1", EndorsementKind.Gains);
        }

        Assert.Equal(title, room.Gaps("C2").SingleOrDefault()?.Title);
    }

    [Fact]
    public void C2_ShouldNotFire_ForAStakeholderWhoIsNotKey()
    {
        var room = new GapTestRoom().Stakeholder("sh-ben", "Ben", ("buyingRole", "User"), ("influence", "2"));

        Assert.Empty(room.Gaps("C2"));
    }

    [Fact]
    public void C3_ShouldFire_WhenNoExecutiveSponsorIsMapped()
    {
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana Ruiz", ("buyingRole", "EconomicBuyer"));

        var gap = Assert.Single(room.Gaps("C3"));

        Assert.Equal("C3", gap.Id);
        Assert.Equal(Severity.Critical, gap.Severity);
        Assert.Empty(gap.ElementIds);
    }

    [Fact]
    public void C3_ShouldNotFire_WhenAnActiveExecutiveSponsorIsMapped()
    {
        var room = new GapTestRoom().Stakeholder("sh-cy", "Cy", ("buyingRole", "ExecutiveSponsor"));

        Assert.Empty(room.Gaps("C3"));
    }

    [Fact]
    public void C3_ShouldFireAgainWithNewFacts_WhenTheSponsorLeaves()
    {
        var room = new GapTestRoom().Stakeholder("sh-ana", "Ana");
        var before = room.Gaps("C3").Single().Fingerprint;
        room.Stakeholder("sh-cy", "Cy", ("buyingRole", "ExecutiveSponsor")).Update("sh-cy", ("dateLeft", "2025-02-01"));

        Assert.NotEqual(before, room.Gaps("C3").Single().Fingerprint);
    }

    [Fact]
    public void C4_ShouldFire_WhenKeyStakeholdersHoldDifferentConcepts()
    {
        var room = TwoKeyStakeholdersWithConcepts();

        var gap = Assert.Single(room.Gaps("C4"));

        Assert.Equal("C4:sh-ana,sh-ben", gap.Id);
        Assert.Contains("'Outsource billing'", gap.Title, StringComparison.Ordinal);
        Assert.Contains("'Build in-house'", gap.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void C4_ShouldNotFire_WhenTheyShareAConcept()
    {
        var room = TwoKeyStakeholdersWithConcepts().Endorse("sh-ben", "con-a", EndorsementKind.Holds);

        Assert.Empty(room.Gaps("C4"));
    }

    [Fact]
    public void C4_ShouldNotFire_WhenBothEndorseAPerspective()
    {
        var room = TwoKeyStakeholdersWithConcepts()
            .Element("per-1", VisionElementType.Perspective, "Hybrid: platform plus in-house rules")
            .Endorse("sh-ana", "per-1")
            .Endorse("sh-ben", "per-1");

        Assert.Empty(room.Gaps("C4"));
    }

    [Fact]
    public void C4_ShouldKeepItsFingerprint_WhenTheMainGroupGainsAnUnrelatedConcept()
    {
        var room = TwoKeyStakeholdersWithConcepts()
            .Stakeholder("sh-cat", "Cat Poe", ("influence", "5"))
            .Endorse("sh-cat", "con-a", EndorsementKind.Holds)
            .Acknowledge("C4:sh-ana,sh-ben");

        room.Element("con-c", VisionElementType.Concept, "Shared service centre").Endorse("sh-cat", "con-c", EndorsementKind.Holds);

        Assert.Contains(room.Report.Acknowledged, g => g.Id == "C4:sh-ana,sh-ben");
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, true, false)]
    public void C5_ShouldFire_WhenTheContextIsThin(bool currentState, bool metricWithValue, bool fires)
    {
        var room = new GapTestRoom();
        if (currentState)
        {
            room.Element("cs-1", VisionElementType.CurrentState, "Invoices go out 12 days late");
        }

        room.Element("m-1", VisionElementType.Metric, "DSO", metricWithValue ? [("currentValue", "58")] : []);

        Assert.Equal(fires, room.Gaps("C5").Count == 1);
    }

    [Theory]
    [InlineData("Skeptic", "4", false, Severity.Warning)]
    [InlineData("Blocker", "3", false, Severity.Critical)]
    [InlineData("Skeptic", "2", false, null)]
    [InlineData("Skeptic", "5", true, null)]
    [InlineData("Supporter", "5", false, null)]
    public void C6_ShouldFire_WhenAnInfluentialOpponentIsUncovered(string stance, string influence, bool covered, Severity? severity)
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"), ("stance", stance), ("influence", influence))
            .Member("tm-1", "Sam Seller");
        if (covered)
        {
            room.Covers("tm-1", "sh-ana");
        }

        var gap = room.Gaps("C6").SingleOrDefault();

        Assert.Equal(severity, gap?.Severity);
        if (stance == "Skeptic" && severity is not null)
        {
            Assert.Equal("Ana Ruiz (CFO) is a Skeptic with influence 4 and nobody covers them", gap!.Title);
            Assert.Equal("An uncovered skeptic with clout can stall the decision without you ever hearing why.", gap.Why);
            Assert.Equal("Assign a team member to cover Ana Ruiz and plan a conversation about their concerns.", gap.NextStep);
        }
    }

    [Fact]
    public void C7_ShouldFire_WhenTheDecisionIsRecordedWithoutASharedVision()
    {
        var room = SharedVisionRoom(endorsedByBen: false).Room(("decisionToChange", "Board approved the change"));

        var gap = Assert.Single(room.Gaps("C7"));

        Assert.Equal("Get Ben Ng to endorse 'Billing runs itself'.", gap.NextStep);
    }

    [Fact]
    public void C7_ShouldNotFire_WhenTheVisionIsShared()
    {
        var room = SharedVisionRoom(endorsedByBen: true).Room(("decisionToChange", "Board approved the change"));

        Assert.Empty(room.Gaps("C7"));
    }

    [Fact]
    public void C7_ShouldNotFire_BeforeTheDecisionToChange()
    {
        var room = SharedVisionRoom(endorsedByBen: false);

        Assert.Empty(room.Gaps("C7"));
    }

    [Fact]
    public void C8_ShouldFire_WhenBuyingStartsWithoutADecisionToChange()
    {
        var room = new GapTestRoom(JourneyPhase.Buying);

        Assert.Equal(Severity.Critical, Assert.Single(room.Gaps("C8")).Severity);
    }

    [Fact]
    public void C8_ShouldNotFire_WhenTheDecisionIsRecorded()
    {
        var room = new GapTestRoom().Room(("decisionToChange", "Go")).Phase(JourneyPhase.Buying);

        Assert.Empty(room.Gaps("C8"));
    }

    private static GapTestRoom TwoKeyStakeholdersWithConcepts() => new GapTestRoom()
        .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"), ("influence", "4"))
        .Stakeholder("sh-ben", "Ben Ng", ("title", "CIO"), ("influence", "4"))
        .Element("con-a", VisionElementType.Concept, "Outsource billing")
        .Element("con-b", VisionElementType.Concept, "Build in-house")
        .Endorse("sh-ana", "con-a", EndorsementKind.Holds)
        .Endorse("sh-ben", "con-b", EndorsementKind.Holds);

    private static GapTestRoom SharedVisionRoom(bool endorsedByBen)
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("buyingRole", "ExecutiveSponsor"))
            .Stakeholder("sh-ben", "Ben Ng", ("buyingRole", "DecisionMaker"))
            .Element("fs-1", VisionElementType.FutureState, "Billing runs itself")
            .Element("res-1", VisionElementType.DesiredResult, "Cut DSO by 10 days")
            .Element("m-1", VisionElementType.Metric, "DSO", ("currentValue", "58"), ("targetValue", "48"))
            .Link("res-1", "m-1", VisionLinkKind.MeasuredBy)
            .Endorse("sh-ana", "fs-1");
        return endorsedByBen ? room.Endorse("sh-ben", "fs-1") : room;
    }
}
