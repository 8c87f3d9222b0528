using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps;

/// <summary>How findings name things, so every title reads the same.</summary>
public static class GapText
{
    /// <summary>"Ana Ruiz (CFO)": the name with the title, else the function, in brackets.</summary>
    public static string Who(Stakeholder s)
    {
        var role = string.IsNullOrWhiteSpace(s.Title) ? s.Function : s.Title;
        return string.IsNullOrWhiteSpace(role) ? s.Name : $"{s.Name} ({role})";
    }

    /// <summary>"'Cut DSO by 10 days'": a vision element's title in quotes.</summary>
    public static string What(VisionElement e) => $"'{e.Title}'";

    /// <summary>An integer as invariant text, for fingerprints and titles.</summary>
    public static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An assessment (power, influence) as invariant text for fingerprints: the number, or "-" when not assessed.</summary>
    public static string N(int? value) => value is { } v ? N(v) : "-";

    /// <summary>"Ana, Ben and 3 others": up to two names, then a count.</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        3 => $"{names[0]}, {names[1]} and {names[2]}",
        _ => $"{names[0]}, {names[1]} and {N(names.Count - 2)} others",
    };

    public static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    public static bool IsChampion(Stakeholder s) => s.Stance == Stance.Champion || s.BuyingRole == BuyingRole.Champion;

    public static bool IsSponsor(Stakeholder s) => s.BuyingRole is BuyingRole.ExecutiveSponsor or BuyingRole.EconomicBuyer;

    public static bool IsOpposed(Stakeholder s) => s.Stance is Stance.Skeptic or Stance.Blocker;

    public static string Label(Stance stance) => stance switch
    {
        Stance.Skeptic => "a Skeptic",
        Stance.Blocker => "a Blocker",
        Stance.Champion => "a Champion",
        Stance.Supporter => "a Supporter",
        Stance.Neutral => "Neutral",
        _ => "of unknown stance",
    };

    public static string Label(JourneyPhase phase) => phase switch
    {
        JourneyPhase.Buying => "Buying",
        JourneyPhase.ImplementationAndAdoption => "Implementation and adoption",
        _ => "Awareness",
    };

    public static string Label(ResponseMode mode) => mode switch
    {
        ResponseMode.EvenKeel => "Even keel",
        ResponseMode.Overconfident => "Overconfident",
        ResponseMode.Growth => "Growth",
        ResponseMode.Trouble => "Trouble",
        _ => "Unknown",
    };
}
