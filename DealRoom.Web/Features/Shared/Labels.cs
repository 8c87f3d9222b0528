using System.Globalization;
using System.Text;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Web.Features.Shared;

/// <summary>Friendly labels and colours for enum values and field names, so the screen speaks the seller's words.</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["privateNotes"] = "Private notes (internal)",
        ["championPrefersUs"] = "Champion test: prefers us over every alternative",
        ["championMovesBudget"] = "Champion test: can move budget",
        ["championSellsForUs"] = "Champion test: sells for us when we are absent",
        ["visibleToCustomer"] = "Visible to invited customers",
        ["valueConfirmed"] = "Value confirmed",
        ["lastConversation"] = "Last conversation",
        ["currentValue"] = "Current value",
        ["targetValue"] = "Target value",
        ["measuredValue"] = "Measured value (after go-live)",
        ["area"] = "Area of expertise",
        ["expertise"] = "Expertise (comma-separated)",
        ["email"] = "E-mail (internal; links the person across the account's rooms)",
    };

    private static readonly Dictionary<string, string> EnumValues = new(StringComparer.Ordinal)
    {
        ["Champion@BuyingRole"] = "Champion (coach)",
        ["EconomicBuyer"] = "Economic buyer (final decision)",
        ["ImplementationAndAdoption"] = "Implementation and adoption",
        ["CurrentState"] = "Current state",
        ["FutureState"] = "Future state",
    };

    /// <summary>"buyingRole" → "Buying role".</summary>
    public static string Field(string name) => FieldNames.TryGetValue(name, out var label) ? label : Humanize(name);

    /// <summary>"ExecutiveSponsor" → "Executive sponsor".</summary>
    public static string Value(string value, string? enumType = null)
    {
        if (enumType is not null && EnumValues.TryGetValue($"{value}@{enumType}", out var specific))
        {
            return specific;
        }

        return EnumValues.TryGetValue(value, out var label) ? label : Humanize(value);
    }

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Value(value.ToString(), typeof(TEnum).Name);

    /// <summary>A 1–5 assessment as shown on a card or in a table: the number, or "–" when nobody has assessed it.</summary>
    public static string Score(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "–";

    /// <summary>"Power 4 of 5", or "Power not assessed".</summary>
    public static string Assessment(string name, int? value) =>
        value is { } v ? $"{name} {v.ToString(CultureInfo.InvariantCulture)} of 5" : $"{name} not assessed";

    /// <summary>A short label for a vision element type ("Current state", "Metric" …).</summary>
    public static string Type(VisionElementType type) => Humanize(type.ToString());

    public static string Humanize(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i == 0)
            {
                text.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The CSS modifier of a stance ("stance-champion" …), coloured in app.css.</summary>
    public static string StanceClass(Stance stance) => "stance-" + stance.ToString().ToLowerInvariant();

    /// <summary>A colour per vision element type, from the customer's present (greys, reds) to the future (greens).</summary>
    public static string TypeColor(VisionElementType type) => type switch
    {
        VisionElementType.CurrentState => "#546e7a",
        VisionElementType.Challenge => "#d32f2f",
        VisionElementType.Concept => "#8e24aa",
        VisionElementType.Perspective => "#5e35b1",
        VisionElementType.DesiredResult => "#1565c0",
        VisionElementType.Win => "#006f7a",
        VisionElementType.Metric => "#b45309",
        VisionElementType.Capability => "#3949ab",
        VisionElementType.Milestone => "#6d4c41",
        VisionElementType.Risk => "#c62828",
        VisionElementType.FutureState => "#2e7d32",
        _ => "#546e7a",
    };

    /// <summary>Initials for an avatar: "Maria Santos" → "MS".</summary>
    public static string Initials(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => "?",
            1 => parts[0][..Math.Min(2, parts[0].Length)].ToUpperInvariant(),
            _ => string.Concat(char.ToUpperInvariant(parts[0][0]), char.ToUpperInvariant(parts[^1][0])),
        };
    }
}
