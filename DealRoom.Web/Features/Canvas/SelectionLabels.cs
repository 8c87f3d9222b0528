using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The names of the others who have a card selected, on top of their rings: who is looking at what, in the meeting.
/// Rendered beside the card (not inside it, whose overflow is clipped) and, like the badges, as a fragment rather
/// than a component: every card of every open canvas would carry one.
/// </summary>
public static class SelectionLabels
{
    public static RenderFragment Of(MapNode node) => builder => Render(builder, node);

    private static void Render(RenderTreeBuilder builder, MapNode node)
    {
        if (node.OthersSelecting.Count == 0)
        {
            return;
        }

        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "selection-names");
        builder.AddAttribute(2, "data-testid", "selection-names");
        // Clear of the rings: each ring is 3 px wide (CardStyle).
        builder.AddAttribute(3, "style", string.Create(CultureInfo.InvariantCulture, $"margin-bottom: {(3 * node.OthersSelecting.Count) + 2}px"));
        foreach (var mark in node.OthersSelecting)
        {
            builder.OpenElement(4, "span");
            builder.AddAttribute(5, "class", "selection-name");
            builder.AddAttribute(6, "data-testid", "selection-name");
            builder.AddAttribute(7, "style", $"background: {mark.Color}");
            builder.AddAttribute(8, "title", $"{mark.Name} has this selected");
            builder.AddContent(9, mark.Name);
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
