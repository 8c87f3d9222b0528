using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealRoom.Web.Features.Comments;

/// <summary>One thread: its visibility shown unmistakably, its comments, a reply box, resolve or reopen, and a suggestion's decision.</summary>
public partial class ThreadView
{
    private MentionBox? _reply;
    private bool _busy;

    [Parameter, EditorRequired]
    public CommentThread Thread { get; set; } = null!;

    [Parameter, EditorRequired]
    public RoomState State { get; set; } = null!;

    [Parameter, EditorRequired]
    public CommentsState Comments { get; set; } = null!;

    /// <summary>The viewer's unread comments in this thread, if any.</summary>
    [Parameter]
    public ThreadUnread? Unread { get; set; }

    /// <summary>True for a team member who may edit: they accept or decline suggestions.</summary>
    [Parameter]
    public bool CanDecide { get; set; }

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    private async Task ReplyAsync()
    {
        if (_reply is null || string.IsNullOrWhiteSpace(_reply.Text))
        {
            return;
        }

        if (await SubmitAsync(new ReplyToThread(Ids.New("c"), Thread.Id, _reply.Text, [.. _reply.Mentions])))
        {
            _reply.Clear();
        }
    }

    /// <summary>
    /// Accepting is two steps in the viewer's name: the suggested change as an ordinary operation, then the decision.
    /// If the change no longer applies, the viewer is told and the suggestion stays pending (to decline, or retry).
    /// </summary>
    private async Task AcceptAsync()
    {
        if (Thread.Suggestion is { } suggestion && await SubmitAsync(suggestion.Change))
        {
            await SubmitAsync(new AcceptSuggestion(Thread.Id));
        }
    }

    private Task DeclineAsync() => SubmitAsync(new DeclineSuggestion(Thread.Id, null));

    private async Task<bool> SubmitAsync(Operation operation)
    {
        _busy = true;
        try
        {
            if (await Comments.SubmitAsync(operation) is { } error)
            {
                Snackbar.Add(error.Message, error.Code == ErrorCodes.Forbidden ? Severity.Info : Severity.Warning);
                return false;
            }

            return true;
        }
        finally
        {
            _busy = false;
        }
    }
}
