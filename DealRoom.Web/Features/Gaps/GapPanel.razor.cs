using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace DealRoom.Web.Features.Gaps;

/// <summary>
/// The gap panel: one line per gap (severity and title) that opens to why it matters and the next step; ordered by
/// severity and by how much the people involved matter; a rule's "why" said once for all its findings; filtered by
/// dynamics and by open or acknowledged.
/// </summary>
public partial class GapPanel
{
    private static readonly Severity[] Severities = [Severity.Critical, Severity.Warning, Severity.Info];

    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private string? _acknowledging;
    private string? _reason;
    private Dynamics? _dynamics;
    private bool _showAcknowledged;

    private GapReport? _orderedFor;
    private bool _orderedAcknowledged;
    private Dynamics? _orderedDynamics;
    private List<GapGroup> _groups = [];

    [Parameter, EditorRequired]
    public GapReport Report { get; set; } = default!;

    [Parameter, EditorRequired]
    public RoomState State { get; set; } = default!;

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public string? SelectedGapId { get; set; }

    [Parameter]
    public EventCallback<Gap> OnGapSelected { get; set; }

    /// <summary>Raised with the gap and the reason when the user acknowledges it.</summary>
    [Parameter]
    public EventCallback<(Gap Gap, string Reason)> OnAcknowledge { get; set; }

    [Parameter]
    public EventCallback<Gap> OnReopen { get; set; }

    private IReadOnlyList<Gap> InView => _showAcknowledged ? Report.Acknowledged : Report.Open;

    /// <summary>The dynamics that have gaps in the current view, in the catalogue's order, with their counts.</summary>
    private IEnumerable<(Dynamics Dynamics, int Count)> DynamicsInView =>
        InView.GroupBy(g => g.Dynamics).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));

    /// <summary>The groups to show, ordered once per report and filter rather than on every render.</summary>
    private List<GapGroup> Groups
    {
        get
        {
            if (!ReferenceEquals(_orderedFor, Report) || _orderedAcknowledged != _showAcknowledged || _orderedDynamics != _dynamics)
            {
                var gaps = InView.Where(g => _dynamics is null || g.Dynamics == _dynamics);
                _groups = GapGroup.Of(GapImportance.Order(gaps, State));
                (_orderedFor, _orderedAcknowledged, _orderedDynamics) = (Report, _showAcknowledged, _dynamics);
            }

            return _groups;
        }
    }

    private string CardClass(Gap gap, bool expanded) =>
        $"gap-card gap-{gap.Severity.ToString().ToLowerInvariant()}"
        + (_showAcknowledged ? " gap-acknowledged" : string.Empty)
        + (expanded ? " gap-expanded" : string.Empty)
        + (gap.Id == SelectedGapId ? " gap-selected" : string.Empty);

    private void ShowAcknowledged(bool acknowledged)
    {
        _showAcknowledged = acknowledged;
        _acknowledging = null;
    }

    private void FilterBy(Dynamics? dynamics) => _dynamics = dynamics;

    /// <summary>Opens or closes the gap's line; opening it also selects it, which lights up its cards on the map.</summary>
    private Task ToggleAsync(Gap gap)
    {
        if (_expanded.Remove(gap.Id))
        {
            return Task.CompletedTask;
        }

        _expanded.Add(gap.Id);
        return OnGapSelected.InvokeAsync(gap);
    }

    private Task ToggleOnKeyAsync(KeyboardEventArgs e, Gap gap) =>
        e.Key is "Enter" or " " ? ToggleAsync(gap) : Task.CompletedTask;

    private void StartAcknowledging(Gap gap)
    {
        _acknowledging = gap.Id;
        _reason = null;
    }

    private async Task AcknowledgeAsync(Gap gap)
    {
        var reason = _reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return;
        }

        _acknowledging = null;
        _reason = null;
        _expanded.Remove(gap.Id);
        await OnAcknowledge.InvokeAsync((gap, reason));
    }
}
