using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The badge on a card with the number of open gaps that point at it. A render fragment, not a component: a card
/// is on the canvas of every open circuit, and a component per card costs its state and render buffers each time
/// (about 500 components per circuit in a 500-stakeholder room) for a span that is usually absent.
/// </summary>
public static class GapBadge
{
    public static RenderFragment Of(int count) => builder => Render(builder, count);

    private static void Render(RenderTreeBuilder builder, int count)
    {
        if (count <= 0)
        {
            return;
        }

        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "gap-badge");
        builder.AddAttribute(2, "data-testid", "gap-badge");
        builder.AddAttribute(3, "title", count == 1 ? "1 open gap points here" : $"{count} open gaps point here");
        builder.AddContent(4, count);
        builder.CloseElement();
    }
}
