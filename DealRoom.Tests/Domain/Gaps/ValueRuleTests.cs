using DealRoom.Domain.Accounts;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Tests.Domain.Gaps;

public class ValueRuleTests
{
    [Theory]
    [InlineData(null, "false", true)]
    [InlineData("2025-02-01", "false", true)]
    [InlineData("2025-03-10", "false", false)]
    [InlineData(null, "true", false)]
    public void V1_ShouldFire_WhenASponsorHadNoValueConversationSinceGoLive(string? lastConversation, string confirmed, bool fires)
    {
        var room = Adoption().Stakeholder(
            "sh-cy", "Cy Sponsor", ("buyingRole", "ExecutiveSponsor"), ("lastConversation", lastConversation), ("valueConfirmed", confirmed));

        Assert.Equal(fires ? "V1:sh-cy" : null, room.Gaps("V1").SingleOrDefault()?.Id);
    }

    [Fact]
    public void V2_ShouldFire_WhenAKeyStakeholderHasNotConfirmedValue()
    {
        var room = Adoption().Stakeholder("sh-ana", "Ana", ("buyingRole", "DecisionMaker"));

        Assert.Equal("V2:sh-ana", Assert.Single(room.Gaps("V2")).Id);
    }

    [Fact]
    public void V2_ShouldNotFire_WhenValueIsConfirmedOrV1AlreadyCoversTheSponsor()
    {
        var room = Adoption()
            .Stakeholder("sh-ana", "Ana", ("buyingRole", "DecisionMaker"), ("valueConfirmed", "true"))
            .Stakeholder("sh-cy", "Cy", ("buyingRole", "ExecutiveSponsor"));

        Assert.Empty(room.Gaps("V2"));
        Assert.Single(room.Gaps("V1"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("51", false)]
    public void V3_ShouldFire_WhenAMetricHasNoMeasuredValue(string? measured, bool fires)
    {
        var room = Adoption().Element("m-1", VisionElementType.Metric, "DSO", ("targetValue", "48"), ("measuredValue", measured));

        Assert.Equal(fires ? "V3:m-1" : null, room.Gaps("V3").SingleOrDefault()?.Id);
    }

    [Fact]
    public void V4_ShouldFire_WhenValueIsConfirmedWithoutAnAccountLead()
    {
        var room = Adoption().Stakeholder("sh-ana", "Ana", ("valueConfirmed", "true"));

        Assert.Equal("Ana confirmed the value, but no account lead is derived from it", Assert.Single(room.Gaps("V4")).Title);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(3, false)]
    public void V4_ShouldFire_WhenTheRoomsAccountHasNoAccountLeads(int accountLeads, bool fires)
    {
        var room = Adoption().Stakeholder("sh-ana", "Ana", ("valueConfirmed", "true"));

        var report = GapEngine.Evaluate(room.State, new AccountFacts("acc-1", accountLeads));

        Assert.Equal(fires, report.Open.Any(g => g.RuleId == "V4"));
    }

    [Fact]
    public void V4_ShouldNotBeSilencedByAVisionElement_WhenItIsNamedAccountLead()
    {
        var room = Adoption()
            .Stakeholder("sh-ana", "Ana", ("valueConfirmed", "true"))
            .Element("al-1", VisionElementType.Challenge, "Account lead: same for Iberia", ("area", "Account lead"));

        var gap = Assert.Single(room.Gaps("V4"));
        Assert.Contains("Put this room under its account", gap.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void V4_ShouldKeepItsFingerprint_WhenOnlyTheAccountChanges()
    {
        var room = Adoption().Stakeholder("sh-ana", "Ana", ("valueConfirmed", "true"));

        var withoutAccount = Assert.Single(GapEngine.Evaluate(room.State).Open, g => g.RuleId == "V4");
        var withEmptyAccount = Assert.Single(GapEngine.Evaluate(room.State, new AccountFacts("acc-1", 0)).Open, g => g.RuleId == "V4");

        Assert.Equal(withoutAccount.Fingerprint, withEmptyAccount.Fingerprint);
    }

    [Fact]
    public void V4_ShouldNotFire_BeforeAnyValueIsConfirmed()
    {
        Assert.Empty(Adoption().Stakeholder("sh-ana", "Ana").Gaps("V4"));
    }

    private static GapTestRoom Adoption() => new(JourneyPhase.ImplementationAndAdoption);
}
