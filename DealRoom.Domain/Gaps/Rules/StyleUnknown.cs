namespace DealRoom.Domain.Gaps.Rules;

/// <summary>The wording and facts shared by D3 and D11 for an unknown decision-making style or information preference.</summary>
internal static class StyleUnknown
{
    public static string Missing(bool style, bool preference) => (style, preference) switch
    {
        (true, true) => "decision-making style and information preference",
        (true, false) => "decision-making style",
        _ => "information preference",
    };

    // "style-unknown" alone is what D3 recorded before it asked about the information preference, so acknowledgements
    // made then still hold while only the style is unknown.
    public static string Facts(bool style, bool preference) => (style, preference) switch
    {
        (true, true) => Fingerprint.Of("style-unknown", "preference-unknown"),
        (true, false) => Fingerprint.Of("style-unknown"),
        _ => Fingerprint.Of("preference-unknown"),
    };
}
