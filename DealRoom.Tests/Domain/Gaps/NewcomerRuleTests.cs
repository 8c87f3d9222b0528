using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Tests.Domain.Gaps;

/// <summary>D1 in rooms built the way a seller builds them: people added in the ordinary way, in every phase.</summary>
public class NewcomerRuleTests
{
    [Fact]
    public void D1_ShouldFire_WhenTheSellerAddsTheNewSecurityLeadDuringBuyingInTheOrdinaryWay()
    {
        // Arrange: Erik was there from the start; Tom turns up once the room is in Buying, added with name and title only.
        var room = new GapTestRoom()
            .Stakeholder("sh-erik", "Erik Lindqvist", ("title", "CFO"))
            .Iteration("Kick-off")
            .On(2025, 3, 10).Phase(JourneyPhase.Buying, "Decision to change signed off by the CFO")
            .On(2025, 3, 24).Stakeholder("sh-tom", "Tom Becker", ("title", "IT Security Lead"));

        // Act
        var gaps = room.Gaps("D1");

        // Assert
        var gap = Assert.Single(gaps);
        Assert.Equal(("D1:sh-tom", "Tom Becker (IT Security Lead) joined during Buying and is not onboarded"), (gap.Id, gap.Title));
        Assert.Equal("Walk Tom Becker through the shared vision and the business case, then mark them onboarded.", gap.NextStep);
    }

    [Fact]
    public void D1_ShouldFire_WhenANewFinanceHeadJoinsAfterGoLive()
    {
        // Arrange
        var room = new GapTestRoom()
            .Stakeholder("sh-erik", "Erik Lindqvist", ("title", "CFO"), ("onboarded", "true"))
            .On(2025, 4, 1).Phase(JourneyPhase.Buying, "Decision signed off")
            .On(2025, 9, 1).Phase(JourneyPhase.ImplementationAndAdoption, "Go-live")
            .On(2025, 10, 6).Stakeholder("sh-lena", "Lena Park", ("title", "Head of Finance Operations"));

        // Act
        var gap = Assert.Single(room.Gaps("D1"));

        // Assert
        Assert.Equal("Lena Park (Head of Finance Operations) joined during Implementation and adoption and is not onboarded", gap.Title);
        Assert.Contains("the value delivered so far", gap.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void D1_ShouldFire_InAwarenessForWhoeverJoinedAfterTheGroupsFirstIteration()
    {
        // Arrange: Ana and Ben founded the map; Kai joined later the same day, Lea a week later.
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"))
            .Stakeholder("sh-ben", "Ben Ng", ("title", "CIO"))
            .Iteration("First pursuit meeting")
            .Stakeholder("sh-kai", "Kai Berg", ("title", "COO"))
            .On(2025, 3, 8).Stakeholder("sh-lea", "Lea Vos", ("title", "Head of Billing"));

        // Act
        var gaps = room.Gaps("D1");

        // Assert
        Assert.Equal(["D1:sh-kai", "D1:sh-lea"], gaps.Select(g => g.Id).Order(StringComparer.Ordinal));
        Assert.Contains(gaps, g => g.Title == "Kai Berg (COO) joined after the group's first iteration and is not onboarded");
    }

    [Fact]
    public void D1_ShouldNotFire_InAwarenessBeforeTheFirstIteration()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-ana", "Ana Ruiz", ("title", "CFO"))
            .On(2025, 3, 8).Stakeholder("sh-ben", "Ben Ng", ("title", "CIO"));

        Assert.Empty(room.Gaps("D1"));
    }

    [Fact]
    public void D1_ShouldTreatSomeoneAbsentWhenBuyingBegan_AsJoiningInIt_WhenNoPhaseOrDayJoinedIsRecorded()
    {
        // Arrange: a client that records no membership at all; only the phase-change baseline tells who was there.
        var room = new GapTestRoom()
            .Apply(new AddStakeholder("sh-erik", 0, 0, Unrecorded("Erik Lindqvist")))
            .Phase(JourneyPhase.Buying, "Decision signed off")
            .Apply(new AddStakeholder("sh-tom", 0, 0, Unrecorded("Tom Becker")));

        // Act
        var gaps = room.Gaps("D1");

        // Assert
        Assert.Equal(["D1:sh-tom"], gaps.Select(g => g.Id));
    }

    [Theory]
    [InlineData("2025-03-20", true)]
    [InlineData("2025-02-01", false)]
    public void D1_ShouldGoByTheDayJoined_WhenOnlyTheDayIsRecorded(string dateJoined, bool fires)
    {
        // Arrange: Buying began on 2025-03-10; Dana's phase joined was cleared, her day joined entered by hand.
        var room = new GapTestRoom()
            .On(2025, 3, 10).Phase(JourneyPhase.Buying, "Decision signed off")
            .Apply(new AddStakeholder("sh-dana", 0, 0, new Dictionary<string, string?>
            {
                ["name"] = "Dana Whitfield",
                ["phaseJoined"] = null,
                ["dateJoined"] = dateJoined,
            }));

        Assert.Equal(fires, room.Gaps("D1").Count == 1);
    }

    [Fact]
    public void D1_ShouldNotFire_WhenTheNewcomerIsOnboarded()
    {
        var room = new GapTestRoom(JourneyPhase.Buying)
            .Stakeholder("sh-tom", "Tom Becker", ("title", "IT Security Lead"))
            .Update("sh-tom", ("onboarded", "true"));

        Assert.Empty(room.Gaps("D1"));
    }

    private static Dictionary<string, string?> Unrecorded(string name) =>
        new(StringComparer.Ordinal) { ["name"] = name, ["phaseJoined"] = null, ["dateJoined"] = null };
}
