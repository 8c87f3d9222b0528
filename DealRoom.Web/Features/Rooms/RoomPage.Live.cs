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
        _ = InvokeAsync(() => ApplyUpdate(update));
        return ValueTask.CompletedTask;
    }

    private void ApplyUpdate(AudienceView update)
    {
        try
        {
            if (_state is null || update.Version <= _state.Version)
            {
                return;
            }

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
                operations = update.Operations.Where(o => o.Version > since).Select(o => o.Operation).ToList();
                _stakeholderMap?.Apply(_state, operations);
                _visionMap?.Apply(_state, operations);
            }

            // The session sends a gap report only when the findings changed: badges and the gap panel follow it.
            var gapsChanged = update.Gaps is not null;
            if (gapsChanged)
            {
                _gaps = update.Gaps;
                ShowGapBadges();
            }

            if (_selectedId is not null && _state.KindOf(_selectedId) is null)
            {
                SetSelection(null);
            }

            SelectPending();

            // A move shows on the canvas only (lists and panels show no positions): the rest of the page keeps its
            // render. Anything else renders the page, and each list and panel decides from what it shows.
            if (gapsChanged || update.Reset || operations.Exists(o => o is not MoveNode))
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
            _participants = _participant!.Participants;
            ShowOthersSelection();
            StateHasChanged();
        });
    }

    /// <summary>Rings the cards that other participants have selected, in their colours.</summary>
    private void ShowOthersSelection()
    {
        if (_stakeholderMap is null && _visionMap is null)
        {
            return;
        }

        var colors = _participants
            .Where(p => p.ConnectionId != _connectionId)
            .SelectMany(p => p.Selection.Select(id => (Id: id, p.Color)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Color).Distinct().ToList(), StringComparer.Ordinal);
        _stakeholderMap?.ShowOthersSelection(colors);
        _visionMap?.ShowOthersSelection(colors);
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

    private Task AddStakeholderAsync()
    {
        var (x, y) = FreeSpot(_stakeholderMap, StakeholderNode.CardSize.Width, StakeholderNode.CardSize.Height);
        return SubmitAsync(new AddStakeholder(Ids.New("sh"), x, y, Named("name", "New stakeholder")));
    }

    private Task AddTeamMemberAsync()
    {
        var (x, y) = FreeSpot(_stakeholderMap, TeamMemberNode.CardSize.Width, TeamMemberNode.CardSize.Height);
        return SubmitAsync(new AddTeamMember(Ids.New("tm"), x, y, Named("name", "New team member")));
    }

    private Task AddVisionElementAsync(VisionElementType type)
    {
        var (x, y) = FreeSpot(_visionMap, VisionNode.CardSize.Width, VisionNode.CardSize.Height);
        return SubmitAsync(new AddVisionElement(Ids.New("ve"), type, x, y, Named("title", $"New {Shared.Labels.Type(type).ToLowerInvariant()}")));
    }

    /// <summary>The middle of the visible part of the map, nudged until no card sits exactly there.</summary>
    private static (double X, double Y) FreeSpot(CanvasAdapter? adapter, double width, double height)
    {
        if (adapter?.Diagram is not { Container: { Width: > 0 } container } diagram)
        {
            return (40, 40);
        }

        var x = Math.Round(((container.Width / 2) - diagram.Pan.X) / diagram.Zoom - (width / 2));
        var y = Math.Round(((container.Height / 2) - diagram.Pan.Y) / diagram.Zoom - (height / 2));
        while (adapter.Nodes.Values.Any(n => Math.Abs(n.Position.X - x) < 24 && Math.Abs(n.Position.Y - y) < 24))
        {
            x += 32;
            y += 32;
        }

        return (x, y);
    }

    private static Dictionary<string, string?> Named(string field, string value) =>
        new(StringComparer.Ordinal) { [field] = value };
}
