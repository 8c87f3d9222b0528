using DealRoom.LoadTest;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.LoadTest;

/// <summary>
/// The load tool's browser scenario on a small room against a real in-process server and Debian's Chromium: it must
/// complete and report a fully drawn figure. No timing is asserted (the machine is shared).
/// </summary>
public sealed class BrowserScenarioTests
{
    [Fact]
    public async Task FullyDrawn_ShouldReportAFigure_WhenASmallRoomIsOpenedInChromium()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var target = await LoadTarget.SignInAsync([server.BaseUrl], server.Services, ct);

        var result = await BrowserScenarios.FullyDrawnAsync(target, [30], new BrowserOptions { DrawnRuns = 1 }, ct);

        Assert.Empty(result.Problems);
        var (label, value) = Assert.Single(result.Figures, f => f.Label.Contains("fully drawn", StringComparison.Ordinal));
        Assert.StartsWith("30 cards, 48 links", label, StringComparison.Ordinal);
        Assert.Contains("n=1", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FieldEdit_ShouldReportBlurToOtherBrowser_WhenBrowserAEditsATitleOnASmallRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var target = await LoadTarget.SignInAsync([server.BaseUrl], server.Services, ct);

        var result = await BrowserFieldScenario.RunAsync(target, 30, new BrowserOptions { Edits = 3 }, ct);

        Assert.Empty(result.Problems);
        var (_, total) = Assert.Single(result.Figures, f => f.Label == "blur in A -> title in B's DOM");
        Assert.Contains("n=3", total, StringComparison.Ordinal);
        Assert.Contains(result.Figures, f => f.Label.Contains("hub client has it", StringComparison.Ordinal) && f.Value.Contains("n=3", StringComparison.Ordinal));
    }
}
