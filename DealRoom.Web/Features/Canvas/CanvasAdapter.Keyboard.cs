using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// The keys of a focused card: arrows move it (Shift for bigger steps), Enter or Space opens its details, Delete
/// removes it after the usual confirmation, Escape clears the selection; the map's zoom keys work from a card too.
/// </summary>
public sealed partial class CanvasAdapter
{
    /// <summary>How far an arrow key moves a card; with Shift, four times as far.</summary>
    public const double KeyStep = 16;

    /// <summary>Handles a key pressed on a card; returns false for keys that are not the card's.</summary>
    public bool OnCardKey(MapNode node, string key, bool shift)
    {
        ArgumentNullException.ThrowIfNull(node);
        var step = shift ? 4 * KeyStep : KeyStep;
        switch (key)
        {
            case "ArrowLeft":
                return MoveByKey(node, -step, 0);
            case "ArrowRight":
                return MoveByKey(node, step, 0);
            case "ArrowUp":
                return MoveByKey(node, 0, -step);
            case "ArrowDown":
                return MoveByKey(node, 0, step);
            case "Enter" or " ":
                Select(node.Id);
                return true;
            case "Escape":
                Select(null);
                return true;
            case "Delete" or "Backspace" when !ReadOnly:
                _ = DeleteRequestedAsync(node.Id);
                return true;
            case "+" or "=":
                ZoomIn();
                return true;
            case "-" or "_":
                ZoomOut();
                return true;
            case "0":
                Fit();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Handles a key pressed on a focused link: Enter or Space opens it in the side panel (as a click does), Delete
    /// removes it after the usual confirmation (not on a read-only map), Escape clears the selection.
    /// </summary>
    public bool OnLinkKey(string id, string key)
    {
        if (!_links.ContainsKey(id))
        {
            return false;
        }

        switch (key)
        {
            case "Enter" or " ":
                SelectLink(id);
                return true;
            case "Escape":
                Select(null);
                return true;
            case "Delete" or "Backspace" when !ReadOnly:
                _ = DeleteRequestedAsync(id);
                return true;
            default:
                return false;
        }
    }

    private bool MoveByKey(MapNode node, double dx, double dy)
    {
        if (ReadOnly)
        {
            return false;
        }

        // The move goes to the room like a drag's end; the committed operation moves the card on every canvas.
        var x = Math.Round(node.Position.X + dx);
        var y = Math.Round(node.Position.Y + dy);
        if (Coordinates.AreValid(x, y))
        {
            _ = _submit(new MoveNode(node.Id, x, y));
        }

        return true;
    }
}
