using Bunit;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Gaps;

namespace DealRoom.Tests.Web.Gaps;

public class GapPanelTests : BunitSetup
{
    private static readonly OperationContext Context = new("u", "Alex Carter", DateTimeOffset.UnixEpoch);

    private readonly RoomState _state = ComponentRooms.With(
        new AddStakeholder("sh-tom", 0, 0, ComponentRooms.Fields(("name", "Tom <b>Becker</b>"), ("stance", "Blocker"), ("influence", "4"))),
        new AddStakeholder("sh-erik", 0, 0, ComponentRooms.Fields(("name", "Erik"), ("buyingRole", "EconomicBuyer"), ("influence", "5"))));

    // A placeholder whose id sorts before the economic buyer's: both have influence 3 and no concept (C1).
    private readonly RoomState _placeholderAndBuyer = ComponentRooms.With(
        new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "New stakeholder"))),
        new AddStakeholder("sh-z", 0, 0, ComponentRooms.Fields(("name", "Zoe Buyer"), ("buyingRole", "EconomicBuyer"))));

    [Fact]
    public void Render_ShouldShowOneLinePerOpenGap_WithWhyAndNextStepOnlyOnceOpened()
    {
        var report = GapEngine.Evaluate(_state);
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state));
        var first = report.Open[0];

        Assert.Equal(report.Open.Count, cut.FindAll("[data-testid=gap]").Count);
        Assert.Empty(cut.FindAll("[data-testid=gap-details]"));
        Assert.DoesNotContain(first.NextStep, cut.Markup, StringComparison.Ordinal);

        cut.Find($"[data-gap-id='{first.Id}'] .gap-title").Click();

        var card = cut.Find($"[data-gap-id='{first.Id}']");
        Assert.Contains(first.NextStep, card.TextContent, StringComparison.Ordinal);
        Assert.Contains(first.Why, cut.Markup, StringComparison.Ordinal);
        Assert.Equal("true", card.QuerySelector(".gap-title")?.GetAttribute("aria-expanded"));
        var critical = report.Open.Count(g => g.Severity == Severity.Critical).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{critical} critical", cut.Find("[data-testid=gap-count-Critical]").TextContent.Trim());
    }

    [Fact]
    public void Render_ShouldPutTheEconomicBuyersGapFirst_WhenAPlaceholderHasTheSameGapAndASmallerId()
    {
        var report = GapEngine.Evaluate(_placeholderAndBuyer);

        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _placeholderAndBuyer));

        var c1 = cut.FindAll("[data-testid=gap]").Select(e => e.GetAttribute("data-gap-id")).Where(id => id!.StartsWith("C1:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["C1:sh-z", "C1:sh-a"], c1);
    }

    [Fact]
    public void Render_ShouldSayARulesWhyOnce_WhenTheRuleFiresForSeveralStakeholders()
    {
        var report = GapEngine.Evaluate(_placeholderAndBuyer);
        var why = report.Open.First(g => g.RuleId == "C1").Why;

        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _placeholderAndBuyer));
        cut.Find("[data-gap-id='C1:sh-a'] .gap-title").Click();
        cut.Find("[data-gap-id='C1:sh-z'] .gap-title").Click();

        var group = cut.Find("[data-testid=gap-group][data-rule=C1]");
        Assert.Equal(2, group.QuerySelectorAll("[data-testid=gap]").Length);
        Assert.Equal(why, group.QuerySelector("[data-testid=gap-shared-why]")?.TextContent);
        Assert.Equal(1, CountOf(cut.Markup, why));
    }

    [Fact]
    public void FilterByDynamics_ShouldShowOnlyThatDynamicsGaps_AndAllAgain()
    {
        var report = GapEngine.Evaluate(_state);
        var dynamics = report.Open.Select(g => g.Dynamics).Distinct().ToList();
        Assert.True(dynamics.Count > 1);
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state));

        cut.Find($"[data-testid=gap-filter-{dynamics[1]}]").Click();

        var shown = cut.FindAll("[data-testid=gap]").Select(e => e.GetAttribute("data-gap-id") ?? string.Empty).ToHashSet();
        Assert.Equal(report.Open.Where(g => g.Dynamics == dynamics[1]).Select(g => g.Id).ToHashSet(), shown);

        cut.Find("[data-testid=gap-filter-all]").Click();
        Assert.Equal(report.Open.Count, cut.FindAll("[data-testid=gap]").Count);
    }

    [Fact]
    public void Render_ShouldShowANameWithMarkupAsText()
    {
        var report = GapEngine.Evaluate(_state);

        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state));

        Assert.Empty(cut.FindAll("[data-testid=gap] .gap-title b"));
        Assert.Contains("Tom <b>Becker</b>", cut.Markup.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ClickingAGap_ShouldRaiseOnGapSelected_WithThatGap()
    {
        var report = GapEngine.Evaluate(_state);
        var target = report.Open[^1];
        Gap? selected = null;
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state)
            .Add(x => x.OnGapSelected, (Gap g) => selected = g));

        cut.Find($"[data-gap-id='{target.Id}'] .gap-title").Click();

        Assert.Equal(target.Id, selected?.Id);
    }

    [Fact]
    public void Acknowledge_ShouldRaiseTheReason_AndNotBeOfferedWithoutOne()
    {
        var report = GapEngine.Evaluate(_state);
        var target = report.Open[0];
        (Gap Gap, string Reason)? acknowledged = null;
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state).Add(x => x.CanEdit, true)
            .Add(x => x.OnAcknowledge, ((Gap Gap, string Reason) a) => acknowledged = a));

        cut.Find($"[data-gap-id='{target.Id}'] .gap-title").Click();
        cut.Find($"[data-gap-id='{target.Id}'] [data-testid=ack-start]").Click();
        Assert.True(cut.Find("[data-testid=ack-confirm]").HasAttribute("disabled"));
        cut.Find("input[data-testid=ack-reason], [data-testid=ack-reason] input").Input("Procurement joins after the pilot");
        cut.Find("[data-testid=ack-confirm]").Click();

        Assert.Equal(target.Id, acknowledged?.Gap.Id);
        Assert.Equal("Procurement joins after the pilot", acknowledged?.Reason);
    }

    [Fact]
    public void AcknowledgedView_ShouldListAcknowledgedGapsWithWhoAndWhy_AndOfferNoAcknowledgeToViewers()
    {
        var gap = GapEngine.Evaluate(_state).Open[0];
        var state = _state.Apply(new AcknowledgeGap(gap.Id, "Known and handled offline"), Context).State!;
        var report = GapEngine.Evaluate(state);
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, state).Add(x => x.CanEdit, false));
        Assert.Contains("Acknowledged (1)", cut.Find("[data-testid=gap-view-acknowledged]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll($"[data-gap-id='{gap.Id}']"));

        cut.Find("[data-testid=gap-view-acknowledged]").Click();
        cut.Find($"[data-testid=acknowledged-gap][data-gap-id='{gap.Id}'] .gap-title").Click();

        Assert.Single(cut.FindAll("[data-testid=acknowledged-gap]"));
        Assert.Contains("Known and handled offline", cut.Find("[data-testid=ack-reason-text]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Alex Carter", cut.Find("[data-testid=ack-reason-text]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=ack-start]"));
        Assert.Empty(cut.FindAll("[data-testid=reopen]"));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
