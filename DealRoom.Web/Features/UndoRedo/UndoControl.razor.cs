using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DealRoom.Web.Features.UndoRedo;

/// <summary>
/// Undo and redo of the viewer's own changes in a room: the buttons, Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) anywhere on the
/// page outside a text field, and what the room answers (which parts were skipped, and why). Whether there is anything
/// to undo comes from the op log through the participant, asked again only when the viewer's own undo or redo lands.
/// </summary>
public sealed partial class UndoControl
{
    private RoomParticipant? _shown;
    private DotNetObjectReference<UndoControl>? _self;
    private IJSObjectReference? _keys;
    private bool _canUndo;
    private bool _canRedo;
    private bool _busy;

    /// <summary>The viewer's gate into the room; nothing renders for a viewer who may not edit.</summary>
    [Parameter]
    public RoomParticipant? Participant { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILogger<UndoControl> Logger { get; set; } = default!;

    /// <summary>
    /// Hears the room's committed updates (the page passes each on): the viewer's own edit makes undo possible and
    /// ends redo; their own undo or redo (from any tab) is read back from the op log.
    /// </summary>
    public void Notice(AudienceView update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (Participant is not { CanEdit: true } participant)
        {
            return;
        }

        var own = update.Operations.Where(o => o.AuthorId == participant.Grant.UserId).Select(o => o.Operation).ToList();
        if (own.Exists(o => o is UndoStep))
        {
            _ = RefreshAsync();
        }
        else if (own.Exists(UndoHistory.IsEdit) && (!_canUndo || _canRedo))
        {
            (_canUndo, _canRedo) = (true, false);
            StateHasChanged();
        }
    }

    [JSInvokable]
    public Task UndoFromKeyboard() => InvokeAsync(() => StepAsync(redo: false));

    [JSInvokable]
    public Task RedoFromKeyboard() => InvokeAsync(() => StepAsync(redo: true));

    protected override async Task OnParametersSetAsync()
    {
        if (!ReferenceEquals(_shown, Participant))
        {
            _shown = Participant;
            await RefreshAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            try
            {
                _keys = await JS.InvokeAsync<IJSObjectReference>("dealRoom.listenUndoKeys", _self);
            }
            catch (JSException ex)
            {
                LogKeysUnavailable(Logger, ex);
            }
        }
    }

    private async Task StepAsync(bool redo)
    {
        if (Participant is not { CanEdit: true } participant || _busy || !(redo ? _canRedo : _canUndo))
        {
            return;
        }

        _busy = true;
        StateHasChanged();
        try
        {
            var result = await participant.SubmitAsync(Ids.New("op"), redo ? new Redo() : new Domain.Rooms.Operations.Undo());
            if (result.Error is { } error)
            {
                Snackbar.Add(error.Message, error.Code is ErrorCodes.NothingToUndo or ErrorCodes.NothingToRedo ? Severity.Info : Severity.Warning);
            }
            else if (result.Skipped.Count > 0)
            {
                var done = redo ? "Redone" : "Undone";
                Snackbar.Add($"{done}, except: {string.Join(" ", result.Skipped.Take(3).Select(s => s.Message))}"
                    + (result.Skipped.Count > 3 ? $" (and {result.Skipped.Count - 3} more)" : string.Empty), Severity.Info);
            }
        }
        finally
        {
            _busy = false;
            await RefreshAsync();
        }
    }

    private async Task RefreshAsync()
    {
        var stacks = Participant is { } participant
            ? await participant.GetUndoStacksAsync(CancellationToken.None)
            : new UndoStacks([], []);
        (_canUndo, _canRedo) = (stacks.CanUndo, stacks.CanRedo);
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        if (_keys is not null)
        {
            try
            {
                await _keys.InvokeVoidAsync("dispose");
                await _keys.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone, and its listener with it.
            }
        }

        _self?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Undo keys are not available in this browser")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception ex);
}
