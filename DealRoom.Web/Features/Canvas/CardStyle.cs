using System.Globalization;
using System.Text;

namespace DealRoom.Web.Features.Canvas;

/// <summary>The inline style of a card: its fixed size, and one ring per other participant who has it selected.</summary>
public static class CardStyle
{
    public static string Of(MapNode node)
    {
        var size = node.Size!;
        var style = new StringBuilder(FormattableString.Invariant($"width: {size.Width}px; height: {size.Height}px;"));
        if (node.OthersColors.Count > 0)
        {
            style.Append(" box-shadow: ");
            style.AppendJoin(", ", node.OthersColors.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"0 0 0 {3 * (i + 1)}px {c}")));
            style.Append(';');
        }

        return style.ToString();
    }
}
