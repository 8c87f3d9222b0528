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
        // MudBlazor's default warning, info, error, tertiary and secondary carry white text (and outlined text on white)
        // below the 4.5:1 contrast axe asks for: darker shades of the same hues.
        PaletteLight = new PaletteLight
        {
            Secondary = "#c2185b",
            Tertiary = "#00796b",
            Info = "#0277bd",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#c62828",
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
