using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// The page's live signals: this viewer's drags and pointer go to the room (which throttles them), the others' move
/// cards and pointers on this page's canvases. Nothing here is committed: a drop is one moveNode, as before.
/// </summary>
public partial class RoomPage
{
    private IDisposable? _signals;

    private void StartSignals()
    {
        _signals = _participant?.ListenSignals(OnSignal);
    }

    private void StopSignals()
    {
        _signals?.Dispose();
        _signals = null;
    }

    private void WireSignals(CanvasAdapter adapter)
    {
        var map = adapter.Map == MapKind.Vision ? SignalMap.Vision : SignalMap.Stakeholders;
        adapter.Dragging += (id, x, y) => _participant?.Drag(id, x, y);
        adapter.DragFinished += id => _participant?.EndDrag(id);
        adapter.PointerMoved += (x, y) => _participant?.MoveCursor(map, x, y);
        adapter.CursorSharingChanged += shared =>
        {
            if (!shared)
            {
                _participant?.HideCursor();
            }
        };
    }

    /// <summary>After a presence change: the pointers and drags of people who left go (their node may have died mid-gesture).</summary>
    private void ForgetAbsentPointers()
    {
        if (_state is null)
        {
            return;
        }

        var present = _participants.Select(p => p.ConnectionId).ToHashSet(StringComparer.Ordinal);
        _stakeholderMap?.ForgetAbsent(_state, present);
        _visionMap?.ForgetAbsent(_state, present);
    }

    // Raised on the sender's throttle: hand over to the circuit and return at once.
    private void OnSignal(RoomSignal signal) => _ = InvokeAsync(() => ApplySignal(signal));

    private void ApplySignal(RoomSignal signal)
    {
        var adapter = signal.Map == SignalMap.Vision ? _visionMap : _stakeholderMap;
        var other = signal.Map == SignalMap.Vision ? _stakeholderMap : _visionMap;
        switch (signal.Kind)
        {
            case SignalKind.Drag when signal.ElementId is { } id:
                adapter?.ShowRemoteDrag(signal.ConnectionId, id, signal.X, signal.Y);
                break;
            case SignalKind.DragEnd when signal.ElementId is { } id && _state is not null:
                adapter?.EndRemoteDrag(_state, id);
                break;
            case SignalKind.Cursor:
                adapter?.ShowRemoteCursor(signal.ConnectionId, signal.Name, signal.Color, signal.X, signal.Y);
                other?.HideRemoteCursor(signal.ConnectionId);
                break;
            case SignalKind.CursorGone:
                adapter?.HideRemoteCursor(signal.ConnectionId);
                other?.HideRemoteCursor(signal.ConnectionId);
                break;
        }
    }
}
