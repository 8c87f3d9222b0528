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
