using GapReport = DealRoom.Domain.Gaps.GapReport;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Canvas;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// A deal room: both maps on live canvases, list views of the same maps, the side panel of the selected element,
/// and who else is here. Edits go to the room's session; committed operations come back and patch the canvases.
/// </summary>
public partial class RoomPage
{
    private readonly string _connectionId = Ids.New("circuit");

    // Who changed which field, and why this page's last change was refused: read by the forms beside the fields.
    private readonly Shared.FieldAuthors _fieldAuthors = new();

    // The list views get the same list instance until something they show changes: moves alone do not count.
    private readonly Shared.ListCache<Domain.Stakeholders.Stakeholder> _stakeholderList = new((a, b) => a with { X = 0, Y = 0 } == b with { X = 0, Y = 0 });
    private readonly Shared.ListCache<Domain.Team.TeamMember> _teamList = new((a, b) => a with { X = 0, Y = 0 } == b with { X = 0, Y = 0 });
    private readonly Shared.ListCache<Domain.Vision.VisionElement> _visionList = new((a, b) => a with { X = 0, Y = 0 } == b with { X = 0, Y = 0 });

    // The panels' edits: the page renders when the committed update comes back (or the edit is refused), not twice
    // more around the submit as an event callback would.
    private readonly EventCallback<Operation> _submitQuietly;
    private RoomSession? _session;
    private RoomParticipant? _participant;
    private RoomState? _state;
    private CanvasAdapter? _stakeholderMap;
    private CanvasAdapter? _visionMap;
    private IReadOnlyList<Participant> _participants = [];
    private RoomAccess? _access;
    private GapReport? _gaps;
    private bool _canEdit;
    private bool _notFound;
    private string? _ended;
    private bool _joined;
    private bool _listCollapsed;
    private bool _historyOpen;
    private int _tab;
    private int _generation;
    private string? _selectedId;
    private string? _pendingSelection;

    public RoomPage()
    {
        _submitQuietly = Shared.Quiet.Callback<Operation>(SubmitAsync);
    }

    [Parameter]
    public string RoomId { get; set; } = string.Empty;

    [Inject]
    private RoomRegistry Registry { get; set; } = null!;

    [Inject]
    private IRoomAccessPolicy AccessPolicy { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private AccessEvents AccessEvents { get; set; } = null!;

    [Inject]
    private Presence.CircuitConnection Connection { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private bool IsCustomer => _access?.IsCustomer == true;

    [Inject]
    private ILogger<RoomPage> Logger { get; set; } = null!;

    private CanvasAdapter? CurrentAdapter => _tab == 0 ? _stakeholderMap : _visionMap;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        var session = await Registry.GetAsync(RoomId, CancellationToken.None);
        var access = session is null ? null : await AccessPolicy.CheckAsync(user, "anonymous", null, RoomId, CancellationToken.None);
        if (session is null || access is not { CanView: true })
        {
            _notFound = true;
            return;
        }

        _session = session;
        _access = access;
        _canEdit = access.CanEdit;
        _participant = session.Join(access.ToGrant(), _connectionId);
        if (access.IsCustomer)
        {
            _tab = 1;
        }

        if (!RendererInfo.IsInteractive)
        {
            _state = _participant.State;
            return;
        }

        // Listen before reading the state, so no committed operation falls between the two.
        _participant.Listen(OnRoomUpdate);
        _participant.ListenToGaps(OnGapsChanged);
        _state = _participant.State;
        _gaps = _participant.Gaps;
        AccessEvents.InvitationRevoked += OnInvitationRevoked;
        AccessEvents.MemberRemoved += OnMemberRemoved;
        _session.Presence.Changed += OnPresenceChanged;
        _session.Presence.Gathered += OnGathered;
        Connection.Changed += OnConnectionChanged;
        StartSignals();
        _participants = _participant.Participants;
        EnsureCurrentAdapter();
        await StartCommentsAsync();
    }

    // Each render of the whole page, marked for the load tool's latency trace (a no-op unless it is on).
    protected override bool ShouldRender()
    {
        Web.Operations.LatencyTrace.Mark("page.render", _connectionId);
        return true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_session is null || !RendererInfo.IsInteractive || _joined)
        {
            return;
        }

        _joined = true;
        Join();
        await Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        StopSignals();
        _participant?.Dispose();
        AccessEvents.InvitationRevoked -= OnInvitationRevoked;
        AccessEvents.MemberRemoved -= OnMemberRemoved;
        Connection.Changed -= OnConnectionChanged;
        if (_session is not null)
        {
            _session.Presence.Changed -= OnPresenceChanged;
            _session.Presence.Gathered -= OnGathered;
        }

        _stakeholderMap?.Dispose();
        _visionMap?.Dispose();
        await Task.CompletedTask;
    }

    /// <summary>
    /// Builds the shown map's adapter the first time its tab opens: a map nobody in this circuit looked at holds no
    /// models (a customer never has the stakeholder map; most team members never open the vision tab).
    /// </summary>
    private void EnsureCurrentAdapter()
    {
        if (_state is null || !RendererInfo.IsInteractive || CurrentAdapter is not null)
        {
            return;
        }

        var adapter = new CanvasAdapter(_tab == 0 ? MapKind.Stakeholders : MapKind.Vision, _state, SubmitAsync, ConfirmDeleteAsync, readOnly: !_canEdit);
        adapter.SelectionChanged += OnCanvasSelectionChanged;
        WatchViewport(adapter);
        WireSignals(adapter);
        if (_tab == 0)
        {
            _stakeholderMap = adapter;
        }
        else
        {
            _visionMap = adapter;
        }

        ShowGapBadges();
        ShowOthersSelection();
        ShowCommentBadges();
    }

    private void Join()
    {
        if (_participant is null || _ended is not null)
        {
            return;
        }

        _participant.Enter();
        if (_selectedId is not null)
        {
            _participant.Select([_selectedId]);
        }

        PublishViewport();
    }

    /// <summary>A browser whose connection dropped is not in the room; it is again when the connection comes back.</summary>
    private void OnConnectionChanged(bool connected) => _ = InvokeAsync(() =>
    {
        if (!_joined)
        {
            return;
        }

        if (connected)
        {
            Join();
        }
        else
        {
            _participant?.Leave();
        }
    });

    /// <summary>Ends the page's session at once: no more updates, out of the presence list, a message instead of the room.</summary>
    private void EndSession(string reason)
    {
        _ended = reason;
        _participant?.Dispose();
        StateHasChanged();
    }

    private void OnInvitationRevoked(string roomId, string invitationId)
    {
        if (roomId == RoomId && _access?.InvitationId == invitationId)
        {
            _ = InvokeAsync(() => EndSession("Your invitation to this room was revoked, so this session has ended."));
        }
    }

    private void OnMemberRemoved(string roomId, string userId)
    {
        if (roomId == RoomId && _access is { IsCustomer: false } access && access.UserId == userId)
        {
            _ = InvokeAsync(() => EndSession("You were removed from this room, so this session has ended."));
        }
    }

    /// <summary>
    /// Sends one operation to the room with a fresh opId through this viewer's participant (which decides what they
    /// may do); a refusal is shown and the canvas keeps the server's state.
    /// </summary>
    private async Task SubmitAsync(Operation operation)
    {
        if (_participant is null || _ended is not null)
        {
            return;
        }

        SubmitResult result;
        try
        {
            Web.Operations.LatencyTrace.Mark("page.submit", _connectionId);
            result = await _participant.SubmitAsync(Ids.New("op"), operation, runOnCaller: true);
            Web.Operations.LatencyTrace.Mark("page.submitted", _connectionId);
        }
        catch (Exception ex)
        {
            LogSubmitFailed(Logger, ex, RoomId, operation.Type);
            result = new SubmitResult(string.Empty, _state?.Version ?? 0,
                new RoomError(ErrorCodes.Unavailable, "The change could not be saved. Try again in a moment."));
        }

        if (result.Error is { } error)
        {
            Snackbar.Add(error.Message, error.Code == ErrorCodes.Forbidden ? Severity.Info : Severity.Warning);
            _fieldAuthors.Refused(operation, error);
            _generation++;
            var state = _participant.State;
            foreach (var id in CanvasAdapter.AffectedIds(operation))
            {
                _stakeholderMap?.Reconcile(state, id);
                _visionMap?.Reconcile(state, id);
            }

            StateHasChanged();
            return;
        }

        if (operation is AddStakeholder or AddTeamMember or AddVisionElement)
        {
            _pendingSelection = CanvasAdapter.AffectedIds(operation).First();
            SelectPending();
            StateHasChanged();
        }
    }

    private async Task<bool> ConfirmDeleteAsync(string id)
    {
        var name = Describe(id);
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete?",
            $"Delete {name}? Everything attached to it (links, coverage, stakes) goes with it.",
            yesText: "Delete",
            cancelText: "Cancel");
        return confirmed == true;
    }

    private async Task DeleteAsync(string id)
    {
        if (await ConfirmDeleteAsync(id))
        {
            await SubmitAsync(new RemoveElement(id));
        }
    }

    private string Describe(string id)
    {
        var state = _state;
        if (state is null)
        {
            return "this element";
        }

        return state.KindOf(id) switch
        {
            ElementKind.Stakeholder => $"the stakeholder \"{state.Stakeholders[id].Name}\"",
            ElementKind.TeamMember => $"the team member \"{state.TeamMembers[id].Name}\"",
            ElementKind.VisionElement => $"the element \"{state.VisionElements[id].Title}\"",
            ElementKind.Relationship => "this relationship",
            ElementKind.Coverage => "this coverage",
            ElementKind.VisionLink => "this link",
            _ => "this element",
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Room {RoomId}: submitting {Type} failed")]
    private static partial void LogSubmitFailed(ILogger logger, Exception ex, string roomId, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Room {RoomId}: applying an update to the page failed")]
    private static partial void LogUpdateFailed(ILogger logger, Exception ex, string roomId);
}
