using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The badge on a card with the number of open comment threads on it (those the viewer may see). A render fragment,
/// like <see cref="GapBadge"/>: a component per card would cost every circuit for a span that is usually absent.
/// </summary>
public static class CommentBadge
{
    public static RenderFragment Of(int count) => builder => Render(builder, count);

    private static void Render(RenderTreeBuilder builder, int count)
    {
        if (count <= 0)
        {
            return;
        }

        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "comment-badge");
        builder.AddAttribute(2, "data-testid", "comment-badge");
        builder.AddAttribute(3, "title", count == 1 ? "1 open comment thread" : $"{count} open comment threads");
        builder.AddContent(4, "💬" + count);
        builder.CloseElement();
    }
}
