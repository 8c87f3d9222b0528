using DealRoom.Domain.Experts;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Tests.Domain.Gaps;

/// <summary>E3–E5: the rules that read the expert directory's facts of a room beside its state.</summary>
public class ExpertDirectoryRuleTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(20, 24, true)]
    [InlineData(20, 20, false)]
    public void E3_ShouldFire_WhenAnAssignedExpertsAllocatedHoursExceedTheirCapacity(int capacity, int allocated, bool fires)
    {
        var room = new GapTestRoom().Apply(new AddTeamMember("tm-riley", 0, 0,
            new Dictionary<string, string?> { ["name"] = "Riley Chen", ["role"] = "DomainExpert", ["userId"] = "u-riley" }));
        var facts = new RoomExpertFacts([new AssignedExpert("u-riley", "Riley Chen", ["Finance"], capacity, allocated)], []);

        var gap = Gaps(room, facts, "E3").SingleOrDefault();

        Assert.Equal(fires ? "Riley Chen is over capacity (24 h/week allocated, capacity 20 h)" : null, gap?.Title);
        Assert.Equal(fires ? "E3:tm-riley" : null, gap?.Id);
    }

    [Fact]
    public void E3_ShouldChangeItsFingerprint_WhenTheHoursChange()
    {
        var room = new GapTestRoom();
        var before = Gaps(room, new RoomExpertFacts([new AssignedExpert("u-1", "Riley Chen", [], 20, 24)], []), "E3").Single();
        var after = Gaps(room, new RoomExpertFacts([new AssignedExpert("u-1", "Riley Chen", [], 20, 30)], []), "E3").Single();

        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
    }

    [Theory]
    [InlineData(8, null, true)] // a week without a needed-by date
    [InlineData(6, null, false)]
    [InlineData(2, "2025-03-19", true)] // past the day it was needed by
    [InlineData(10, "2025-03-25", false)]
    public void E4_ShouldFire_WhenAnOpenRequestWaitedTooLong(int daysOpen, string? neededBy, bool fires)
    {
        var request = new OpenExpertRequest("xr-1", "Finance", Now.AddDays(-daysOpen), neededBy is null ? null : DateOnly.Parse(neededBy, System.Globalization.CultureInfo.InvariantCulture));

        var gaps = Gaps(new GapTestRoom(), new RoomExpertFacts([], [request]), "E4");

        Assert.Equal(fires, gaps.Count == 1);
    }

    [Fact]
    public void E4_ShouldNameEveryOverdueRequest_InOneFindingForTheRoom()
    {
        var facts = new RoomExpertFacts([], [
            new OpenExpertRequest("xr-2", "Legal", Now.AddDays(-3), new DateOnly(2025, 3, 18)),
            new OpenExpertRequest("xr-1", "Finance", Now.AddDays(-12), null),
        ]);

        var gap = Gaps(new GapTestRoom(), facts, "E4").Single();

        Assert.Equal("E4", gap.Id);
        Assert.Equal("2 expert requests are still open: Finance (12 days) and Legal (needed by 18 Mar)", gap.Title);
    }

    [Fact]
    public void E4_ShouldStaySilent_WithoutTheTimeOfTheEvaluation()
    {
        var facts = new RoomExpertFacts([], [new OpenExpertRequest("xr-1", "Finance", Now.AddDays(-30), null)]);

        var report = GapEngine.Evaluate(new GapTestRoom().State, null, facts, null);

        Assert.DoesNotContain(report.Open, g => g.RuleId == "E4");
    }

    [Theory]
    [InlineData(new[] { "Corporate finance" }, false)] // an assigned expert covers it
    [InlineData(new[] { "Legal" }, true)] // only the seller's card covers it
    [InlineData(new string[0], true)]
    public void E5_ShouldFire_WhenOnlyAMemberWithoutAssignedHoursCoversAKeyStakeholdersFunction(string[] assignedAreas, bool fires)
    {
        var room = new GapTestRoom()
            .Member("tm-alex", "Alex Moreau", "Finance", role: "DealOwner")
            .Stakeholder("sh-cfo", "Dana Cole", ("title", "CFO"), ("function", "Finance"), ("buyingRole", "EconomicBuyer"));
        var facts = new RoomExpertFacts([new AssignedExpert("u-riley", "Riley Chen", assignedAreas, 20, 10)], []);

        var gap = Gaps(room, facts, "E5").SingleOrDefault();

        Assert.Equal(fires ? "No assigned Finance expert for Dana Cole (CFO)" : null, gap?.Title);
    }

    [Fact]
    public void E5_ShouldLeaveTheFunctionToE2_WhenNobodyOnTheTeamCoversIt()
    {
        var room = new GapTestRoom()
            .Stakeholder("sh-cfo", "Dana Cole", ("title", "CFO"), ("function", "Finance"), ("buyingRole", "EconomicBuyer"));

        var report = GapEngine.Evaluate(room.State, null, RoomExpertFacts.None, Now);

        Assert.Contains(report.Open, g => g.Id == "E2:sh-cfo");
        Assert.DoesNotContain(report.Open, g => g.RuleId == "E5");
    }

    [Fact]
    public void E5_ShouldIgnoreStakeholdersWhoAreNotKey()
    {
        var room = new GapTestRoom()
            .Member("tm-alex", "Alex Moreau", "Finance", role: "DealOwner")
            .Stakeholder("sh-an", "Ana Ruiz", ("function", "Finance"), ("influence", "2"));

        Assert.Empty(Gaps(room, RoomExpertFacts.None, "E5"));
    }

    [Fact]
    public void ExpertDirectoryRules_ShouldStaySilent_WhenTheDirectoryWasNotRead()
    {
        var room = new GapTestRoom()
            .Member("tm-alex", "Alex Moreau", "Finance", role: "DealOwner")
            .Stakeholder("sh-cfo", "Dana Cole", ("function", "Finance"), ("buyingRole", "EconomicBuyer"));

        Assert.DoesNotContain(room.Report.Open, g => g.RuleId is "E3" or "E4" or "E5");
    }

    private static List<Gap> Gaps(GapTestRoom room, RoomExpertFacts facts, string ruleId)
    {
        var report = GapEngine.Evaluate(room.State, null, facts, Now);
        return [.. report.Open.Concat(report.Acknowledged).Where(g => g.RuleId == ruleId)];
    }
}
