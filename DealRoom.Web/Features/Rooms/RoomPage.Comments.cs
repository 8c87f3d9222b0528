using DealRoom.Web.Features.Comments;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The comments half of the room page: the viewer's unread counts and mentions, and the badges on the cards.</summary>
public partial class RoomPage
{
    private CommentsState? _comments;

    [Inject]
    private CommentReads CommentReads { get; set; } = null!;

    [Inject]
    private CommentMembers CommentMembers { get; set; } = null!;

    /// <summary>The comments tab's title: the unread count, and the mentions among them.</summary>
    private string CommentsTabText => _comments?.Inbox is { Unread: > 0 } inbox
        ? inbox.Mentions > 0 ? $"Comments ({inbox.Unread} · @{inbox.Mentions})" : $"Comments ({inbox.Unread})"
        : "Comments";

    private async Task StartCommentsAsync()
    {
        if (_participant is null || _state is null)
        {
            return;
        }

        _comments = new CommentsState(_participant, CommentReads, CommentMembers);
        _comments.Changed += StateHasChanged;
        await _comments.LoadAsync(_state, CancellationToken.None);
        ShowCommentBadges();
    }

    /// <summary>After each update: the counts on the new view, a notice when someone mentioned the viewer, the badges.</summary>
    private void RefreshComments()
    {
        if (_comments is null || _state is null)
        {
            return;
        }

        if (_comments.Refresh(_state))
        {
            Snackbar.Add("Someone mentioned you in a comment.", Severity.Info);
        }

        ShowCommentBadges();
    }

    private void ShowCommentBadges()
    {
        if (_state is null || (_stakeholderMap is null && _visionMap is null))
        {
            return;
        }

        var counts = _state.Threads.Values
            .Where(t => !t.Resolved)
            .GroupBy(t => t.AnchorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _stakeholderMap?.ShowComments(counts);
        _visionMap?.ShowComments(counts);
    }
}
