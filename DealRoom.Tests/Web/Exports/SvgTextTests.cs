using DealRoom.Web.Features.Exports;

namespace DealRoom.Tests.Web.Exports;

public sealed class SvgTextTests
{
    [Fact]
    public void Fit_ShouldKeepTheText_WhenItFits() => Assert.Equal("Dana", SvgText.Fit("Dana", 14, 200));

    [Fact]
    public void Fit_ShouldCutWithAnEllipsis_WhenTheTextIsTooWide()
    {
        var fitted = SvgText.Fit(new string('x', 100), 14, 140);

        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.True(SvgText.Width(fitted, 14) <= 140);
    }

    [Fact]
    public void Wrap_ShouldBreakAtSpacesAndEndWithAnEllipsis_WhenTheTextNeedsMoreLinesThanAllowed()
    {
        var lines = SvgText.Wrap("one two three four five six seven eight nine ten eleven twelve", 10, 60, 2);

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("one", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(SvgText.Width(l, 10) <= 60, l));
    }

    [Fact]
    public void Wrap_ShouldKeepEveryWord_WhenTheTextFits() =>
        Assert.Equal(["Days to", "close"], SvgText.Wrap("Days to close", 10, 45, 3));
}
