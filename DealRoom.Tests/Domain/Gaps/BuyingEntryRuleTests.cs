using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

/// <summary>
/// Entering Buying: the decision to change and the shared vision are its prerequisites (C7, C8), and Awareness
/// homework a premature move left undone stays open.
/// </summary>
public class BuyingEntryRuleTests
{
    private const string Decision = "Decision to change signed off by the CFO";

    [Fact]
    public void C8_ShouldNotFire_WhenTheMoveToBuyingGaveTheDecisionAsItsReason()
    {
        // The protocol's own example of a phase-change reason.
        var room = new GapTestRoom().Phase(JourneyPhase.Buying, Decision);

        Assert.Empty(room.Gaps("C8"));
    }

    [Fact]
    public void C8_ShouldFire_WhenTheMoveToBuyingGaveNoReasonAndTheProfileNoDecision()
    {
        var room = new GapTestRoom().Phase(JourneyPhase.Buying, reason: null);

        Assert.Single(room.Gaps("C8"));
    }

    [Fact]
    public void C7_ShouldBeCritical_WhenTheRoomEntersBuyingWithoutAFutureState()
    {
        // Arrange
        var room = CfoAndSponsor().Phase(JourneyPhase.Buying, Decision);

        // Act
        var gap = Assert.Single(room.Gaps("C7"));

        // Assert
        Assert.Equal(Severity.Critical, gap.Severity);
        Assert.Equal("The room is in Buying without a shared vision: no future state is drafted", gap.Title);
        Assert.Equal("Draft the Future state with the customer and get every key stakeholder to endorse it.", gap.NextStep);
    }

    [Theory]
    [InlineData(false, false, Severity.Critical, "The room is in Buying without a shared vision: no key stakeholder endorses 'Billing runs itself'")]
    [InlineData(true, false, Severity.Warning, "The room is in Buying, but not every key stakeholder endorses 'Billing runs itself'")]
    [InlineData(true, true, null, null)]
    public void C7_ShouldFire_WhenTheFutureStateInBuyingLacksKeyEndorsements(bool erik, bool maria, Severity? severity, string? title)
    {
        // Arrange: a desired result nobody measured yet is D4's business in Buying, not C7's.
        var room = CfoAndSponsor()
            .Element("fs-1", VisionElementType.FutureState, "Billing runs itself")
            .Element("res-1", VisionElementType.DesiredResult, "Cut DSO by 10 days")
            .Phase(JourneyPhase.Buying, Decision);
        if (erik)
        {
            room.Endorse("sh-erik", "fs-1");
        }

        if (maria)
        {
            room.Endorse("sh-maria", "fs-1");
        }

        // Act
        var gap = room.Gaps("C7").SingleOrDefault();

        // Assert
        Assert.Equal((severity, title), (gap?.Severity, gap?.Title));
    }

    [Fact]
    public void Evaluate_ShouldShowAwarenessHomeworkAsStillOpen_WhenTheRoomMovedToBuyingPrematurely()
    {
        // Arrange: nobody identified a sponsor, and the room moved on without a decision or a vision.
        var room = new GapTestRoom()
            .Stakeholder("sh-erik", "Erik Lindqvist", ("title", "CFO"), ("buyingRole", "EconomicBuyer"))
            .Phase(JourneyPhase.Buying);

        // Act
        var c3 = Assert.Single(room.Gaps("C3"));

        // Assert
        Assert.Equal("Still open from Awareness: No executive sponsor identified", c3.Title);
        Assert.Contains(room.Gaps("C2"), g => g.Title.StartsWith(GapEngine.StillOpen, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ShouldKeepAnAwarenessAcknowledgement_WhenTheFindingIsCarriedIntoBuying()
    {
        var room = new GapTestRoom().Acknowledge("C3", "Sponsor known, mapped next week").Phase(JourneyPhase.Buying);

        Assert.Contains(room.Report.Acknowledged, g => g.Id == "C3");
    }

    [Fact]
    public void Evaluate_ShouldLeaveAwarenessRulesBehind_WhenTheRoomEnteredBuyingReady()
    {
        // Arrange: decision recorded and the future state endorsed by both key stakeholders.
        var room = CfoAndSponsor()
            .Element("fs-1", VisionElementType.FutureState, "Billing runs itself")
            .Endorse("sh-erik", "fs-1")
            .Endorse("sh-maria", "fs-1")
            .Phase(JourneyPhase.Buying, Decision);

        // Act
        var report = room.Report;

        // Assert: C2 (no results or wins) would still be true, but Awareness is over.
        Assert.DoesNotContain(report.Open, g => g.RuleId is "C1" or "C2" or "C3" or "C4" or "C5" or "C7");
    }

    private static GapTestRoom CfoAndSponsor() => new GapTestRoom()
        .Stakeholder("sh-erik", "Erik Lindqvist", ("title", "CFO"), ("buyingRole", "EconomicBuyer"))
        .Stakeholder("sh-maria", "Maria Santos", ("title", "COO"), ("buyingRole", "ExecutiveSponsor"));
}
