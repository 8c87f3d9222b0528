namespace DealRoom.Web.Features.Exports;

/// <summary>
/// What a map export shows besides the cards: open-gap badges (the team's view only), and whether the team's
/// assessments (power, influence, stance, buying role) are drawn; a customer's export draws neither.
/// </summary>
public sealed record MapSvgOptions(IReadOnlyDictionary<string, int>? GapCounts = null, bool ShowAssessments = true)
{
    public static readonly MapSvgOptions Team = new();

    public static readonly MapSvgOptions Customer = new(null, ShowAssessments: false);
}
