using Microsoft.AspNetCore.Components.Web;

namespace DealRoom.Web.Features.Canvas;

/// <summary>What the card widgets share for the keyboard: the hint every card points at, and the key hand-off.</summary>
public static class CardKeys
{
    /// <summary>The id of the map's hidden hint that each card names as its description.</summary>
    public const string HintId = "map-card-keys";

    public static void Handle(CanvasAdapter? adapter, MapNode node, KeyboardEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        adapter?.OnCardKey(node, e.Key, e.ShiftKey);
    }
}
