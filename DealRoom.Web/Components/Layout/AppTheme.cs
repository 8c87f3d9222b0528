using MudBlazor;

namespace DealRoom.Web.Components.Layout;

/// <summary>The app's MudBlazor theme: system fonts (no web fonts: there is no internet at run time), light and dark palettes.</summary>
public static class AppTheme
{
    public static MudTheme Create() => new()
    {
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
        PaletteDark = new PaletteDark
        {
            // MudBlazor's default dark primary is the light theme's purple, too dark for text and outlines on dark grey.
            Primary = "#8b80f9",
            AppbarBackground = "#25252d",
            Background = "#1b1b21",
            BackgroundGray = "#2a2a33",
            Surface = "#23232b",
            DrawerBackground = "#23232b",
            LinesDefault = "rgba(255,255,255,0.14)",
            TableLines = "rgba(255,255,255,0.10)",
        },
    };
}
