using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// Live signals on the canvas: this viewer's drag steps and pointer go out as events (the page throttles nothing: the
/// room does); the others' drags move cards here without committing anything, and their pointers are kept for the
/// cursor layer.
/// </summary>
public sealed partial class CanvasAdapter
{
    private readonly Dictionary<string, RemoteCursor> _cursors = new(StringComparer.Ordinal);

    // The cards others are dragging now, each with the dragger's connection.
    private readonly Dictionary<string, string> _remoteDrags = new(StringComparer.Ordinal);

    // Set while the adapter itself places a card (a committed move, another's drag): only the library's drag steps,
    // which come with this unset, are this viewer's drag.
    private bool _placing;
    private string? _dragging;

    /// <summary>Raised for each step of this viewer's drag of a card: its id and where it is now.</summary>
    public event Action<string, double, double>? Dragging;

    /// <summary>Raised once this viewer's drag ended and its moveNode was submitted (or refused before sending).</summary>
    public event Action<string>? DragFinished;

    /// <summary>Raised when this viewer's pointer moved over the canvas, at the point in the map's coordinates.</summary>
    public event Action<double, double>? PointerMoved;

    /// <summary>Raised when another participant's pointer came, moved or went.</summary>
    public event Action? CursorsChanged;

    /// <summary>Raised when this viewer switched sharing their pointer on or off.</summary>
    public event Action<bool>? CursorSharingChanged;

    /// <summary>
    /// Whether this viewer's pointer goes to the others: their choice, remembered in their browser. Off until the
    /// browser said so, so a pointer the viewer switched off never flashes up while the page loads.
    /// </summary>
    public bool ShareCursor { get; private set; }

    public void SetShareCursor(bool share)
    {
        if (share != ShareCursor)
        {
            ShareCursor = share;
            CursorSharingChanged?.Invoke(share);
        }
    }

    /// <summary>The other participants' pointers on this map, by their connection.</summary>
    public IReadOnlyDictionary<string, RemoteCursor> RemoteCursors => _cursors;

    /// <summary>Moves a card to where another participant is dragging it: shown only, nothing is committed.</summary>
    public void ShowRemoteDrag(string connectionId, string id, double x, double y)
    {
        if (id == _dragging || !_nodes.TryGetValue(id, out var node))
        {
            return;
        }

        _remoteDrags[id] = connectionId;
        if (node.Position.X != x || node.Position.Y != y)
        {
            Place(node, x, y);
        }
    }

    /// <summary>Another participant's drag ended: the card goes where the room's state has it (the drop's move, once committed).</summary>
    public void EndRemoteDrag(RoomState state, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        _remoteDrags.Remove(id);
        if (id != _dragging && _nodes.ContainsKey(id))
        {
            Reconcile(state, id);
        }
    }

    public void ShowRemoteCursor(string connectionId, string name, string color, double x, double y)
    {
        _cursors[connectionId] = new RemoteCursor(name, color, x, y);
        CursorsChanged?.Invoke();
    }

    public void HideRemoteCursor(string connectionId)
    {
        if (_cursors.Remove(connectionId))
        {
            CursorsChanged?.Invoke();
        }
    }

    /// <summary>
    /// Drops the pointers and ends the drags of people no longer in the room (their node may have gone without a word):
    /// their cards go back where the room's state has them.
    /// </summary>
    public void ForgetAbsent(RoomState state, IReadOnlySet<string> connectionIds)
    {
        foreach (var (id, _) in _remoteDrags.Where(drag => !connectionIds.Contains(drag.Value)).ToList())
        {
            EndRemoteDrag(state, id);
        }

        var gone = _cursors.Keys.Where(id => !connectionIds.Contains(id)).ToList();
        gone.ForEach(id => _cursors.Remove(id));
        if (gone.Count > 0)
        {
            CursorsChanged?.Invoke();
        }
    }

    private void Place(MapNode node, double x, double y)
    {
        _placing = true;
        try
        {
            // Refreshes the card and raises Moving, which redraws its links.
            node.SetPosition(x, y);
        }
        finally
        {
            _placing = false;
        }
    }

    /// <summary>A Moving event: a step of this viewer's drag unless the adapter is placing the card itself.</summary>
    private void NoticeDragStep(NodeModel node)
    {
        if (!_placing && !ReadOnly && node is MapNode)
        {
            _dragging = node.Id;
            Dragging?.Invoke(node.Id, node.Position.X, node.Position.Y);
        }
    }

    /// <summary>After the drop's moveNode was submitted: the others stop showing the drag (and show the commit).</summary>
    private async Task FinishDragAsync(string id, Task submitted)
    {
        try
        {
            await submitted;
        }
        finally
        {
            if (_dragging == id)
            {
                _dragging = null;
                DragFinished?.Invoke(id);
            }
        }
    }

    private void OnPointerMoveForCursor(Model? model, PointerEventArgs e)
    {
        if (ShareCursor && Diagram.Container is not null && PointerMoved is { } moved)
        {
            var point = Diagram.GetRelativeMousePoint(e.ClientX, e.ClientY);
            moved(point.X, point.Y);
        }
    }
}
