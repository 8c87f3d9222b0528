using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

public class GapEngineTests
{
    private static readonly string[] CatalogueIds =
    [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8",
        "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11",
        "V1", "V2", "V3", "V4",
        "B1", "B2", "B3", "B4", "B5", "B6",
        "H1", "H2", "H3",
        "E1", "E2", "E3", "E4", "E5",
    ];

    [Fact]
    public void Catalogue_ShouldHoldEveryRuleOnce()
    {
        Assert.Equal(CatalogueIds, GapCatalogue.Rules.Select(r => r.Id));
    }

    [Theory]
    [InlineData('C', Dynamics.Change)]
    [InlineData('D', Dynamics.Decision)]
    [InlineData('V', Dynamics.Value)]
    [InlineData('B', Dynamics.BuyingGroup)]
    [InlineData('H', Dynamics.History)]
    [InlineData('E', Dynamics.Expert)]
    public void Catalogue_ShouldFileEachRuleUnderItsDynamics(char prefix, Dynamics dynamics)
    {
        Assert.All(GapCatalogue.Rules.Where(r => r.Id[0] == prefix), r => Assert.Equal(dynamics, r.Dynamics));
    }

    [Fact]
    public void Catalogue_ShouldApplyBuyingGroupHistoryAndExpertRulesInEveryPhase()
    {
        var everywhere = GapCatalogue.Rules.Where(r => r.Dynamics is Dynamics.BuyingGroup or Dynamics.History or Dynamics.Expert);

        Assert.All(everywhere, r => Assert.Equal(Enum.GetValues<JourneyPhase>(), r.Phases.Order()));
    }

    [Theory]
    [InlineData(JourneyPhase.Awareness, true, false, false)]
    [InlineData(JourneyPhase.Buying, false, true, false)]
    [InlineData(JourneyPhase.ImplementationAndAdoption, false, false, true)]
    public void Evaluate_ShouldFireOnlyTheRulesOfTheRoomsPhase(JourneyPhase phase, bool c1, bool d7, bool v3)
    {
        // Facts that C1 (awareness), D7 (buying) and V3 (adoption) would all report, in a room that left Awareness
        // with its decision and an endorsed future state (else Awareness's findings stay open in Buying).
        var room = new GapTestRoom(phase)
            .Room(("decisionToChange", "Signed off by the board"))
            .Stakeholder("sh-ana", "Ana", ("influence", "4"))
            .Element("fs-1", VisionElementType.FutureState, "Billing runs itself")
            .Endorse("sh-ana", "fs-1")
            .Element("risk-1", VisionElementType.Risk, "Data migration slips")
            .Element("m-1", VisionElementType.Metric, "DSO", ("targetValue", "48"));

        Assert.Equal((c1, d7, v3), (room.Gaps("C1").Count > 0, room.Gaps("D7").Count > 0, room.Gaps("V3").Count > 0));
        Assert.NotEmpty(room.Gaps("B1"));
    }

    [Fact]
    public void Evaluate_ShouldSortBySeverityThenDynamicsThenId()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-b", "Bo", ("influence", "4"), ("stance", "Blocker"))
            .Stakeholder("sh-a", "Al", ("influence", "3"), ("stance", "Skeptic"));

        var open = room.Report.Open;

        var expected = open
            .OrderByDescending(g => g.Severity)
            .ThenBy(g => g.Dynamics)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, open);
        Assert.Equal(Severity.Critical, open[0].Severity);
        Assert.Equal(Dynamics.Change, open[0].Dynamics);
    }

    [Fact]
    public void Evaluate_ShouldCountOpenGapsBySeverityPerDynamics()
    {
        var report = new GapTestRoom().Stakeholder("sh-b", "Bo", ("influence", "4"), ("stance", "Blocker")).Report;

        foreach (var dynamics in Enum.GetValues<Dynamics>())
        {
            var open = report.Open.Where(g => g.Dynamics == dynamics).ToList();
            var counts = report.CountsFor(dynamics);
            Assert.Equal(
                (open.Count(g => g.Severity == Severity.Info), open.Count(g => g.Severity == Severity.Warning), open.Count(g => g.Severity == Severity.Critical)),
                (counts.Info, counts.Warning, counts.Critical));
        }
    }

    [Fact]
    public void Evaluate_ShouldReportNothingButBuyingGroupGaps_ForAnEmptyRoom()
    {
        var report = GapEngine.Evaluate(RoomState.Create("r", "Empty"));

        Assert.Empty(report.Acknowledged);
        Assert.All(report.Open, g => Assert.Contains(g.RuleId, new[] { "B1", "B6", "C3", "C5" }));
    }

    [Fact]
    public void Gap_ShouldWriteEveryFindingInFullSentences()
    {
        var room = new GapTestRoom(JourneyPhase.Buying)
            .Stakeholder("sh-b", "Bo", ("influence", "4"), ("stance", "Blocker"), ("function", "Legal"))
            .Element("risk-1", VisionElementType.Risk, "Data migration slips")
            .Element("res-1", VisionElementType.DesiredResult, "Cut DSO");

        Assert.All(room.Report.Open, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.Title));
            Assert.EndsWith(".", g.Why, StringComparison.Ordinal);
            Assert.EndsWith(".", g.NextStep, StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{16}$", g.Fingerprint);
        });
    }

    [Fact]
    public void Fingerprint_ShouldBeTheSameInEveryProcess()
    {
        Assert.Equal("cbf29ce484222325", Fingerprint.Of());
        Assert.NotEqual(Fingerprint.Of("ab", "c"), Fingerprint.Of("a", "bc"));
        Assert.NotEqual(Fingerprint.Of((string?)null), Fingerprint.Of(string.Empty));
    }
}
