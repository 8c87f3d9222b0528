using Bunit;
using DealRoom.Web.Features.Access;

namespace DealRoom.Tests.Web.Access;

public class InvitationLinkPanelTests : BunitSetup
{
    private const string Link = "https://dealroom.example/invite/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH";

    [Fact]
    public void Render_ShouldShowTheWholeLink_AndSayItWillNotBeShownAgain()
    {
        var cut = Render<InvitationLinkPanel>(p => p.Add(x => x.Link, Link).Add(x => x.CustomerName, "Carla Jensen"));

        Assert.Equal(Link, cut.Find("[data-testid=invitation-link]").TextContent);
        Assert.Contains("Carla Jensen now: it will not be shown again", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_ShouldPutTheLinkOnTheClipboard_AndSaySo()
    {
        var copy = JSInterop.Setup<bool>("dealRoom.copyText", Link);
        copy.SetResult(true);
        var cut = Render<InvitationLinkPanel>(p => p.Add(x => x.Link, Link).Add(x => x.CustomerName, "Carla Jensen"));

        cut.Find("[data-testid=copy-invitation-link]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Copied to the clipboard", cut.Find("[data-testid=copy-status]").TextContent, StringComparison.Ordinal));
        Assert.Single(copy.Invocations);
        Assert.Contains("Copied", cut.Find("[data-testid=copy-invitation-link]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_ShouldTellHowToCopyByHand_WhenTheBrowserRefuses()
    {
        JSInterop.Setup<bool>("dealRoom.copyText", Link).SetResult(false);
        var cut = Render<InvitationLinkPanel>(p => p.Add(x => x.Link, Link));

        cut.Find("[data-testid=copy-invitation-link]").Click();

        cut.WaitForAssertion(() => Assert.Contains("copy it with Ctrl+C", cut.Find("[data-testid=copy-status]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Done_ShouldRaiseOnDone()
    {
        var done = false;
        var cut = Render<InvitationLinkPanel>(p => p.Add(x => x.Link, Link).Add(x => x.OnDone, () => done = true));

        cut.Find("[data-testid=invitation-link-done]").Click();

        Assert.True(done);
    }
}
