using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The badge on a card in the history's compare view: "added", "removed" or "changed" since the other point.
/// A render fragment like <see cref="GapBadge"/>: absent on every card outside the compare view.
/// </summary>
public static class ChangeBadge
{
    public static RenderFragment Of(string? change) => builder => Render(builder, change);

    private static void Render(RenderTreeBuilder builder, string? change)
    {
        if (change is null)
        {
            return;
        }

        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "change-badge change-badge-" + change);
        builder.AddAttribute(2, "data-testid", "change-badge");
        builder.AddAttribute(3, "data-change", change);
        builder.AddContent(4, change);
        builder.CloseElement();
    }
}
