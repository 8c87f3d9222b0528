using DealRoom.Domain.Gaps;
using MudBlazor;
using Severity = DealRoom.Domain.Gaps.Severity;

namespace DealRoom.Web.Features.Gaps;

/// <summary>How gaps read and look in the UI.</summary>
public static class GapLabels
{
    public static string Of(Dynamics dynamics) => dynamics switch
    {
        Dynamics.Change => "Change dynamics",
        Dynamics.Decision => "Decision dynamics",
        Dynamics.Value => "Value dynamics",
        Dynamics.BuyingGroup => "Buying-group health",
        Dynamics.History => "Since the last iteration",
        _ => "Expert orchestration",
    };

    /// <summary>The short name of a dynamics, for filter chips.</summary>
    public static string ShortOf(Dynamics dynamics) => dynamics switch
    {
        Dynamics.Change => "Change",
        Dynamics.Decision => "Decision",
        Dynamics.Value => "Value",
        Dynamics.BuyingGroup => "Buying group",
        Dynamics.History => "History",
        _ => "Experts",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "Critical",
        Severity.Warning => "Warning",
        _ => "Info",
    };

    /// <summary>"3 critical", "1 warning", "2 warnings", "0 info": a count that says what it counts, not only by colour.</summary>
    public static string CountOf(Severity severity, int count)
    {
        var n = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return severity switch
        {
            Severity.Critical => $"{n} critical",
            Severity.Warning => count == 1 ? $"{n} warning" : $"{n} warnings",
            _ => $"{n} info",
        };
    }

    public static Color ColorOf(Severity severity) => severity switch
    {
        Severity.Critical => Color.Error,
        Severity.Warning => Color.Warning,
        _ => Color.Info,
    };

    public static string IconOf(Severity severity) => severity switch
    {
        Severity.Critical => Icons.Material.Filled.Error,
        Severity.Warning => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.Info,
    };
}
