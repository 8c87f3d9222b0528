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

    [Fact]
    public void Render_ShouldGroupOpenGapsByDynamicsMostSevereFirst_WithWhyAndNextStep()
    {
        var report = GapEngine.Evaluate(_state);

        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state));

        var cards = cut.FindAll("[data-testid=gap]");
        Assert.Equal(report.Open.Count, cards.Count);
        Assert.True(cards.Count > 0);
        Assert.Equal(report.Open[0].Id, cards[0].GetAttribute("data-gap-id"));
        Assert.Contains(report.Open[0].Why, cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(report.Open[0].NextStep, cards[0].TextContent, StringComparison.Ordinal);
        foreach (var dynamics in report.Open.Select(g => g.Dynamics).Distinct())
        {
            Assert.NotNull(cut.Find($"[data-testid=gap-group-{dynamics}]"));
        }

        var critical = report.Open.Count(g => g.Severity == Severity.Critical).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(critical, cut.Find("[data-testid=gap-count-Critical]").TextContent.Trim());
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
        Gap? selected = null;
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state)
            .Add(x => x.OnGapSelected, (Gap g) => selected = g));

        cut.FindAll("[data-testid=gap] .gap-title")[1].Click();

        Assert.Equal(report.Open[1].Id, selected?.Id);
    }

    [Fact]
    public void Acknowledge_ShouldRaiseTheReason_AndNotBeOfferedWithoutOne()
    {
        var report = GapEngine.Evaluate(_state);
        (Gap Gap, string Reason)? acknowledged = null;
        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, _state).Add(x => x.CanEdit, true)
            .Add(x => x.OnAcknowledge, ((Gap Gap, string Reason) a) => acknowledged = a));

        cut.FindAll("[data-testid=ack-start]")[0].Click();
        Assert.True(cut.Find("[data-testid=ack-confirm]").HasAttribute("disabled"));
        cut.Find("input[data-testid=ack-reason], [data-testid=ack-reason] input").Input("Procurement joins after the pilot");
        cut.Find("[data-testid=ack-confirm]").Click();

        Assert.Equal(report.Open[0].Id, acknowledged?.Gap.Id);
        Assert.Equal("Procurement joins after the pilot", acknowledged?.Reason);
    }

    [Fact]
    public void Render_ShouldListAcknowledgedGapsWithWhoAndWhy_AndOfferNoAcknowledgeToViewers()
    {
        var gap = GapEngine.Evaluate(_state).Open[0];
        var state = _state.Apply(new AcknowledgeGap(gap.Id, "Known and handled offline"), Context).State!;
        var report = GapEngine.Evaluate(state);

        var cut = Render<GapPanel>(p => p.Add(x => x.Report, report).Add(x => x.State, state).Add(x => x.CanEdit, false));

        Assert.Contains(report.Acknowledged, g => g.Id == gap.Id);
        Assert.DoesNotContain(report.Open, g => g.Id == gap.Id);
        Assert.Empty(cut.FindAll("[data-testid=ack-start]"));
        Assert.Contains("Acknowledged (1)", cut.Markup, StringComparison.Ordinal);
    }
}
