namespace DealRoom.Web.Components.Layout;

/// <summary>
/// The light or dark theme, remembered per browser in a cookie. The server reads it before the first byte, so a page
/// opens in the right theme with no flash of the other one (localStorage would only be read after the page drew).
/// </summary>
public static class ThemePreference
{
    public const string CookieName = "dealroom-theme";

    public const string Dark = "dark";

    /// <summary>The body class that switches the app's own (non-MudBlazor) colours to dark.</summary>
    public const string DarkClass = "theme-dark";

    public static bool IsDark(HttpContext? context) =>
        context?.Request.Cookies.TryGetValue(CookieName, out var value) == true && value == Dark;
}
