using GapEngine = DealRoom.Domain.Gaps.GapEngine;
using GapReport = DealRoom.Domain.Gaps.GapReport;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Canvas;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealRoom.Web.Features.History;

/// <summary>
/// The time machine on the room page. Opens the room as it was at any version (the stores and the domain called from
/// the circuit, under the same audience rules as the REST endpoints: a customer sees their projection), read-only;
/// compares it with now or an iteration, marks the cards, restores a deleted element or the whole room through the
/// viewer's own grant, and shows the activity feed.
/// </summary>
public partial class HistoryView : IDisposable
{
    private IReadOnlyList<TimelinePoint> _points = [];
    private IReadOnlyList<ActivityGroup> _feed = [];
    private IReadOnlyList<DeletedElement> _deleted = [];
    private RoomSession? _session;
    private RoomState? _viewed;
    private GapReport? _gaps;
    private HistoryCompare? _compare;
    private CanvasAdapter? _adapter;
    private long _version;
    private long? _compareTo;
    private long _shownNow = -1;
    private int _tab;
    private int _panelTab;

    [Parameter, EditorRequired]
    public string RoomId { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public RoomAccess Access { get; set; } = null!;

    /// <summary>The room's version now: a new one refreshes "now", the feed and what can be restored.</summary>
    [Parameter]
    public long Version { get; set; }

    /// <summary>The version to open first (the latest iteration when not given).</summary>
    [Parameter]
    public long? StartAt { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    [Inject]
    private RoomRegistry Registry { get; set; } = null!;

    [Inject]
    private RoomHistoryService History { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    /// <summary>"Compare with now", following the room as it moves on.</summary>
    private const long NowPoint = long.MaxValue;

    private long Now => _session?.State.Version ?? Version;

    private IEnumerable<Iteration> Iterations => Access.IsCustomer || _session is null ? [] : _session.State.Iterations;

    private bool CanRestore => Access.CanEdit;

    private bool CanRestoreRoom => Access.CanEdit && !Access.IsCustomer;

    private string ViewingText
    {
        get
        {
            var iteration = _session is null ? null : HistoryTimeline.IterationAt(_session.State, _version, Access.IsCustomer);
            var text = iteration is null ? $"Viewing version {_version} of {Now}" : $"Viewing version {_version} / iteration {iteration.Name}";
            return _compareTo is { } other ? text + $", compared with {(other == NowPoint ? "now" : "version " + other)}" : text;
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _session = await Registry.GetAsync(RoomId, CancellationToken.None);
        _tab = Access.IsCustomer ? 1 : 0;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_session is null || _shownNow == Now)
        {
            return;
        }

        var first = _shownNow < 0;
        _shownNow = Now;
        var activity = await History.ActivityAsync(Access, _session.State, CancellationToken.None);
        _feed = RoomActivity.Group(activity);
        _points = HistoryTimeline.Of(_session.State, _feed, Access.IsCustomer);
        if (first)
        {
            await OpenAsync(StartAt ?? Iterations.LastOrDefault()?.Version ?? Now);
        }
        else
        {
            // A new edit in the room: only a comparison with now shows it on the canvas; otherwise keep the view as it is.
            await RefreshAgainstNowAsync(redraw: _compareTo == NowPoint);
        }
    }

    /// <summary>Opens the room as it was at <paramref name="version"/>.</summary>
    private async Task OpenAsync(long version)
    {
        if (_session is null)
        {
            return;
        }

        _version = Math.Clamp(version, 0, Now);
        _viewed = await History.StateAtAsync(Access, _session.State, _version, CancellationToken.None);
        _gaps = Access.IsCustomer ? null : GapEngine.Evaluate(_viewed);
        await RefreshAgainstNowAsync();
    }

    private async Task CompareAsync(long? other)
    {
        _compareTo = other;
        await RefreshAgainstNowAsync();
    }

    /// <summary>Recomputes what depends on "now" (the comparison, what was deleted since) and redraws the canvas.</summary>
    private async Task RefreshAgainstNowAsync(bool redraw = true)
    {
        if (_session is null || _viewed is null)
        {
            return;
        }

        var now = await History.StateAtAsync(Access, _session.State, Now, CancellationToken.None);
        _deleted = DeletedSince(_viewed, now);
        if (_compareTo is { } other)
        {
            var target = other == NowPoint ? now : await History.StateAtAsync(Access, _session.State, other, CancellationToken.None);
            _compare = HistoryCompare.Of(_viewed, target, includeGaps: !Access.IsCustomer);
        }
        else
        {
            _compare = null;
        }

        if (redraw)
        {
            Redraw();
        }
    }

    private void ShowTab(int tab)
    {
        _tab = tab;
        Redraw();
    }

    private void Redraw()
    {
        if (_viewed is null || !RendererInfo.IsInteractive)
        {
            return;
        }

        _adapter?.Dispose();
        var state = _compare?.Canvas ?? _viewed;
        _adapter = new CanvasAdapter(_tab == 0 ? MapKind.Stakeholders : MapKind.Vision, state, _ => Task.CompletedTask, _ => Task.FromResult(false), readOnly: true);
        if (_compare is { } compare)
        {
            foreach (var node in _adapter.Nodes.Values)
            {
                node.Change = compare.Marks.GetValueOrDefault(node.Id);
            }
        }

        if (_gaps is not null)
        {
            var counts = _gaps.Open.SelectMany(g => g.ElementIds).GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            _adapter.ShowGaps(counts, new HashSet<string>(StringComparer.Ordinal));
        }
    }

    private static List<DeletedElement> DeletedSince(RoomState then, RoomState now) =>
        then.Stakeholders.Values.Where(s => now.KindOf(s.Id) is null).Select(s => new DeletedElement(s.Id, s.Name, "stakeholder"))
            .Concat(then.TeamMembers.Values.Where(t => now.KindOf(t.Id) is null).Select(t => new DeletedElement(t.Id, t.Name, "team member")))
            .Concat(then.VisionElements.Values.Where(e => now.KindOf(e.Id) is null).Select(e => new DeletedElement(e.Id, e.Title, Shared.Labels.Type(e.Type).ToLowerInvariant())))
            .OrderBy(d => d.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>Brings one deleted element back as it was at the viewed version, in the viewer's name.</summary>
    private async Task RestoreAsync(string elementId)
    {
        if (_session is null || _viewed is null || !CanRestore)
        {
            return;
        }

        var (operations, error) = RoomRestore.OperationsFor(_viewed, _session.State, elementId);
        if (error is not null)
        {
            Snackbar.Add(error.Message, Severity.Warning);
            return;
        }

        var outcome = await HistorySubmitter.SubmitAsync(_session, Access, operations, CancellationToken.None);
        Report(outcome, _deleted.FirstOrDefault(d => d.Id == elementId)?.Name ?? elementId);
        await RefreshAgainstNowAsync();
    }

    /// <summary>Brings the whole room back to the viewed version, after the viewer confirms.</summary>
    private async Task RestoreRoomAsync()
    {
        if (_session is null || _viewed is null || !CanRestoreRoom)
        {
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync("Restore the whole room?",
            $"Bring both maps, the profile and the phase back to version {_version}. This adds new changes on top of the history; nothing is erased.",
            yesText: "Restore", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var operations = RoomRestore.WholeRoomTo(_viewed, _session.State);
        var outcome = await HistorySubmitter.SubmitAsync(_session, Access, operations, CancellationToken.None);
        Report(outcome, $"the room to version {_version}");
        await RefreshAgainstNowAsync();
    }

    private void Report(RestoreOutcome outcome, string what)
    {
        if (outcome.Refused.Count == 0)
        {
            Snackbar.Add($"Restored {what} ({outcome.Versions.Count} changes).", Severity.Success);
        }
        else
        {
            Snackbar.Add($"Restored {what} in part: {outcome.Refused.Count} changes were refused ({outcome.Refused[0].Message}).", Severity.Warning);
        }
    }

    public void Dispose() => _adapter?.Dispose();
}
