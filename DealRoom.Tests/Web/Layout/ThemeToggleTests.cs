using Bunit;
using DealRoom.Web.Components.Layout;
using Microsoft.AspNetCore.Http;
using MudBlazor.Services;

namespace DealRoom.Tests.Web.Layout;

/// <summary>
/// The layout renders its own MudBlazor providers and needs an authentication state registered before anything is
/// rendered, so this class sets itself up instead of using <see cref="BunitSetup"/> (which renders a provider first).
/// </summary>
public class ThemeToggleTests : BunitContext
{
    // The theme provider writes the palette in use as CSS variables: the dark palette's background shows it is dark.
    public ThemeToggleTests()
    {
        AddAuthorization().SetAuthorized("Alex Carter");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private static readonly string DarkBackground = $"--mud-palette-background: {AppTheme.Create().PaletteDark.Background}";

    [Fact]
    public void Toggle_ShouldSwitchToDarkAndRememberIt_WhenTheLayoutOpenedLight()
    {
        var remember = JSInterop.SetupVoid("dealRoom.setTheme", true);
        var cut = Render<MainLayout>(p => p.AddCascadingValue("InitialDarkMode", false));
        Assert.DoesNotContain(DarkBackground, cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Switch to the dark theme", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));

        cut.Find("[data-testid=theme-toggle]").Click();

        Assert.Contains(DarkBackground, cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Single(remember.Invocations);
        Assert.Equal("Switch to the light theme", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Layout_ShouldOpenDark_WhenTheBrowsersCookieAsksForIt()
    {
        var cut = Render<MainLayout>(p => p.AddCascadingValue("InitialDarkMode", true));

        Assert.Contains(DarkBackground, cut.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("dark", true)]
    [InlineData("light", false)]
    [InlineData(null, false)]
    public void IsDark_ShouldReadTheThemeCookie(string? cookie, bool dark)
    {
        var context = new DefaultHttpContext();
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{ThemePreference.CookieName}={cookie}";
        }

        Assert.Equal(dark, ThemePreference.IsDark(context));
    }
}
