using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The live half of the room page: committed operations, presence, selection and new elements.</summary>
public partial class RoomPage
{
    private ValueTask OnRoomUpdate(AudienceView update)
    {
        // Called on the session's round, already in this viewer's audience's form: hand over to the circuit and
        // return at once.
        Web.Operations.LatencyTrace.Mark("page.update", _connectionId);
        _ = InvokeAsync(() => ApplyUpdate(update));
        return ValueTask.CompletedTask;
    }

    private void ApplyUpdate(AudienceView update)
    {
        Web.Operations.LatencyTrace.Mark("page.apply", _connectionId);
        try
        {
            if (_state is null || update.Version <= _state.Version)
            {
                return;
            }

            _undo?.Notice(update);
            var since = _state.Version;
            _state = update.State;
            List<Operation> operations;
            if (update.Reset)
            {
                // The viewer's view changed in a way no single operation says: match both canvases to it whole.
                operations = [];
                _stakeholderMap?.ReconcileAll(_state);
                _visionMap?.ReconcileAll(_state);
            }
            else
            {
                // The canvases patch themselves in place; cards re-render on their own as they change.
                var committed = update.Operations.Where(o => o.Version > since).ToList();
                _fieldAuthors.Record(committed);
                operations = committed.ConvertAll(o => o.Operation);
                _stakeholderMap?.Apply(_state, operations);
                _visionMap?.Apply(_state, operations);
            }

            // A changed gap report comes right after, on its own (OnGapsChanged): the edit is shown without waiting for it.
            RefreshComments();

            if (_selectedId is not null && _state.KindOf(_selectedId) is null)
            {
                SetSelection(null);
            }

            SelectPending();

            // A move shows on the canvas only (lists and panels show no positions): the rest of the page keeps its
            // render. Anything else renders the page, and each list and panel decides from what it shows.
            if (update.Reset || operations.Exists(o => o is not MoveNode))
            {
                _ = RenderPageAfterOtherCircuitsAsync();
            }
        }
        catch (Exception ex)
        {
            LogUpdateFailed(Logger, ex, RoomId);
        }
    }

    /// <summary>
    /// The cards an update touched have already gone out in their own render batch (they render as they change).
    /// The rest of the page renders after the work already queued for other circuits, so an edit reaches every
    /// open canvas before any circuit spends its turn on lists and panels.
    /// </summary>
    private async Task RenderPageAfterOtherCircuitsAsync()
    {
        await Task.Yield();
        try
        {
            StateHasChanged();
        }
        catch (Exception ex)
        {
            LogUpdateFailed(Logger, ex, RoomId);
        }
    }

    private void SelectPending()
    {
        if (_pendingSelection is { } id && _state?.KindOf(id) is not null)
        {
            _pendingSelection = null;
            SetSelection(id);
            CurrentAdapter?.Select(id);
        }
    }

    private void OnPresenceChanged(IReadOnlyList<Participant> raised)
    {
        // The list as it is when the render runs, not the one the event carried: two changes raised on two threads
        // can queue their renders in the other order, and the older list would stay on screen.
        _ = InvokeAsync(() =>
        {
            var previous = _participants;
            _participants = _participant!.Participants;
            if (ShowFollowed() || !OnlyViewportsMoved(previous, _participants))
            {
                ShowOthersSelection();
                ForgetAbsentPointers();
                StateHasChanged();
            }
        });
    }

    /// <summary>Rings the cards that other participants have selected, in their colours and with their names.</summary>
    private void ShowOthersSelection()
    {
        if (_stakeholderMap is null && _visionMap is null)
        {
            return;
        }

        var marks = _participants
            .Where(p => p.ConnectionId != _connectionId)
            .SelectMany(p => p.Selection.Select(id => (Id: id, Mark: new SelectionMark(p.Name, p.Color))))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SelectionMark>)g.Select(x => x.Mark).Distinct().ToList(), StringComparer.Ordinal);
        _stakeholderMap?.ShowOthersSelection(marks);
        _visionMap?.ShowOthersSelection(marks);
    }

    private void OnCanvasSelectionChanged(string? id)
    {
        SetSelection(id);
        StateHasChanged();
    }

    private Task SelectAsync(string? id)
    {
        SetSelection(id);
        CurrentAdapter?.Select(id);
        return Task.CompletedTask;
    }

    private void SetSelection(string? id)
    {
        if (id == _selectedId)
        {
            return;
        }

        _selectedId = id;
        _drawerOpen = id is not null;
        if (_joined)
        {
            _participant?.Select(id is null ? [] : [id]);
        }
    }

    private void OnTabChanged(int tab)
    {
        _tab = tab;
        EnsureCurrentAdapter();
        SetSelection(null);
        _stakeholderMap?.Select(null);
        _visionMap?.Select(null);
    }

    private static Dictionary<string, string?> Named(string field, string value) =>
        new(StringComparer.Ordinal) { [field] = value };
}
