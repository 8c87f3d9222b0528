using DealRoom.Domain.Audience;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealRoom.Web.Features.Comments;

/// <summary>
/// The room's comments beside the map: threads (on the selection, open, or resolved), a form to start one on the
/// selected card, link or gap, and for customers a suggestion on the selected vision element. Threads shown are read.
/// </summary>
public partial class CommentsPanel
{
    private MentionBox? _newThread;
    private ThreadVisibility _visibility = ThreadVisibility.Internal;
    private Filter _filter = Filter.Open;
    private string? _suggestedTitle;
    private string? _suggestionNote;
    private string? _lastSelection;

    private enum Filter
    {
        Selection,
        Open,
        Resolved,
    }

    [Parameter, EditorRequired]
    public CommentsState Comments { get; set; } = null!;

    /// <summary>The room as the viewer sees it.</summary>
    [Parameter, EditorRequired]
    public RoomState State { get; set; } = null!;

    [Parameter]
    public string? SelectedId { get; set; }

    /// <summary>The gap selected in the gap panel (team only): a thread can hang on it when no card is selected.</summary>
    [Parameter]
    public string? SelectedGapId { get; set; }

    /// <summary>True for a team member who may edit: they accept or decline suggestions.</summary>
    [Parameter]
    public bool CanDecide { get; set; }

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    private const string NewThreadHint = "Write a comment (type @ to mention)";

    private IReadOnlyList<CommentThread> Shown =>
    [
        .. State.Threads.Values
            .Where(t => _filter switch
            {
                Filter.Selection => t.AnchorId == SelectedId,
                Filter.Resolved => t.Resolved,
                _ => !t.Resolved,
            })
            .OrderByDescending(t => t.Comments[^1].At)
            .ThenBy(t => t.Id, StringComparer.Ordinal),
    ];

    private (string Id, string Label, bool Shareable)? Anchor
    {
        get
        {
            if (SelectedId is { } id && State.KindOf(id) is { } kind && kind is not (ElementKind.Iteration or ElementKind.Room))
            {
                return (id, CommentText.Element(State, id), CustomerProjection.SeesElement(State, id));
            }

            return !Comments.IsCustomer && SelectedGapId is { } gap ? (gap, $"gap {gap}", false) : null;
        }
    }

    private VisionElement? SuggestTarget =>
        Comments.IsCustomer && SelectedId is { } id && State.VisionElements.TryGetValue(id, out var element) ? element : null;

    protected override void OnParametersSet()
    {
        // A new selection shows its threads; the form forgets the last element's text and visibility.
        if (SelectedId != _lastSelection)
        {
            _lastSelection = SelectedId;
            _filter = SelectedId is not null && State.Threads.Values.Any(t => t.AnchorId == SelectedId) ? Filter.Selection : Filter.Open;
            _visibility = Comments.IsCustomer ? ThreadVisibility.Shared : ThreadVisibility.Internal;
            _suggestedTitle = SuggestTarget?.Title;
            _suggestionNote = null;
        }

        if (Anchor is { Shareable: false } && !Comments.IsCustomer)
        {
            _visibility = ThreadVisibility.Internal;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // What the viewer has on screen is read; the page's counts follow.
        foreach (var thread in Shown.Where(t => Comments.Inbox.Threads.ContainsKey(t.Id)).ToList())
        {
            await Comments.MarkReadAsync(thread);
        }
    }

    private async Task StartAsync()
    {
        if (_newThread is null || Anchor is not { } anchor || string.IsNullOrWhiteSpace(_newThread.Text))
        {
            return;
        }

        var visibility = Comments.IsCustomer ? ThreadVisibility.Shared : _visibility;
        if (await SubmitAsync(new StartThread(Ids.New("th"), anchor.Id, visibility, _newThread.Text, [.. _newThread.Mentions])))
        {
            _newThread.Clear();
            _filter = SelectedId is null ? Filter.Open : Filter.Selection;
        }
    }

    private async Task SuggestAsync()
    {
        if (SuggestTarget is not { } element || string.IsNullOrWhiteSpace(_suggestedTitle))
        {
            return;
        }

        var note = string.IsNullOrWhiteSpace(_suggestionNote) ? $"Suggested title: {_suggestedTitle}" : _suggestionNote;
        var change = new UpdateVisionElement(element.Id, new Dictionary<string, string?>(StringComparer.Ordinal) { ["title"] = _suggestedTitle });
        if (await SubmitAsync(new SuggestChange(Ids.New("sg"), note, change)))
        {
            _suggestionNote = null;
            _filter = Filter.Selection;
        }
    }

    private async Task<bool> SubmitAsync(Operation operation)
    {
        if (await Comments.SubmitAsync(operation) is { } error)
        {
            Snackbar.Add(error.Message, error.Code == ErrorCodes.Forbidden ? Severity.Info : Severity.Warning);
            return false;
        }

        return true;
    }
}
