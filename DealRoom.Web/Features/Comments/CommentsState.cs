using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Features.Comments;

/// <summary>
/// One viewer's side of a room's comments on the room page: who they can mention, their read markers and the unread
/// counts those give on the room as they see it. Lives as long as the page; <see cref="Changed"/> tells the page and
/// the panel to render when the counts move.
/// </summary>
public sealed class CommentsState(RoomParticipant participant, CommentReads reads, CommentMembers members)
{
    private Dictionary<string, int> _reads = new(StringComparer.Ordinal);
    private RoomState? _view;

    /// <summary>Raised after the unread counts changed (on the circuit's thread).</summary>
    public event Action? Changed;

    public string UserId => participant.Grant.UserId;

    public bool IsCustomer => participant.IsCustomer;

    /// <summary>Who the viewer may mention: the room's team members (nobody for a customer).</summary>
    public IReadOnlyList<Mentionable> Members { get; private set; } = [];

    public CommentInbox Inbox { get; private set; } = CommentInbox.Empty;

    public async Task LoadAsync(RoomState view, CancellationToken cancellationToken)
    {
        _reads = new Dictionary<string, int>(await reads.ReadCountsAsync(participant.RoomId, UserId, cancellationToken), StringComparer.Ordinal);
        Members = IsCustomer ? [] : await members.ListAsync(participant.RoomId, cancellationToken);
        Refresh(view);
    }

    /// <summary>Recomputes the counts on a new view of the room; true when the viewer has new mentions.</summary>
    public bool Refresh(RoomState view)
    {
        _view = view;
        var before = Inbox;
        Inbox = CommentInbox.For(view, UserId, _reads);
        return Inbox.Mentions > before.Mentions;
    }

    /// <summary>The viewer has now seen the whole thread.</summary>
    public async Task MarkReadAsync(CommentThread thread)
    {
        if (_reads.GetValueOrDefault(thread.Id) >= thread.Comments.Count)
        {
            return;
        }

        _reads[thread.Id] = thread.Comments.Count;
        if (_view is not null)
        {
            Refresh(_view);
        }

        Changed?.Invoke();
        await reads.MarkReadAsync(participant.RoomId, UserId, thread.Id, thread.Comments.Count, CancellationToken.None);
    }

    /// <summary>Submits a comment operation in the viewer's name, its mentions checked against the room's members.</summary>
    public async Task<RoomError?> SubmitAsync(Operation operation)
    {
        if (!IsCustomer && await members.CheckAsync(participant.RoomId, operation, CancellationToken.None) is { } stranger)
        {
            return stranger;
        }

        var result = await participant.SubmitAsync(Ids.New("op"), operation);
        return result.Error;
    }
}
