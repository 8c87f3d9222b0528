using System.Collections.Immutable;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Rooms;

/// <summary>Comment threads and suggestions: validated here like every other operation, so every replica agrees.</summary>
public sealed partial record RoomState
{
    private ApplyResult ApplyStartThread(StartThread op, OperationContext context)
    {
        if (CheckNewThreadId(op.Id) is { } idError)
        {
            return ApplyResult.Fail(idError);
        }

        if (!Enum.IsDefined(op.Visibility))
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidValue, "A thread is Internal or Shared.", "visibility"));
        }

        var (text, mentions, commentError) = CheckComment(op.Text, op.Mentions);
        if (commentError is not null)
        {
            return ApplyResult.Fail(commentError);
        }

        var (anchorKind, anchorError) = CheckAnchor(op.AnchorId, op.Visibility);
        if (anchorError is not null)
        {
            return ApplyResult.Fail(anchorError);
        }

        var thread = new CommentThread
        {
            Id = op.Id,
            AnchorKind = anchorKind,
            AnchorId = op.AnchorId,
            Visibility = op.Visibility,
            Comments = [new Comment(op.Id, context.AuthorId, context.AuthorName, context.At, text!, mentions!)],
        };
        return ApplyResult.Ok(this with { Threads = Threads.Add(op.Id, thread) }, op with { Text = text!, Mentions = mentions! });
    }

    private ApplyResult ApplyReply(ReplyToThread op, OperationContext context)
    {
        if (!Threads.TryGetValue(op.ThreadId, out var thread))
        {
            return ApplyResult.Fail(ThreadNotFound(op.ThreadId));
        }

        if (!Ids.IsValid(op.Id))
        {
            return ApplyResult.Fail(RoomErrors.InvalidId(op.Id));
        }

        if (Threads.ContainsKey(op.Id) || Index.ContainsKey(op.Id) || thread.Comments.Exists(c => c.Id == op.Id))
        {
            return ApplyResult.Fail(RoomErrors.DuplicateId(op.Id));
        }

        if (thread.Comments.Count >= CommentLimits.CommentsPerThread)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.OutOfRange, $"A thread holds at most {CommentLimits.CommentsPerThread} comments: start a new one.", ElementId: op.ThreadId));
        }

        var (text, mentions, commentError) = CheckComment(op.Text, op.Mentions);
        if (commentError is not null)
        {
            return ApplyResult.Fail(commentError);
        }

        var comment = new Comment(op.Id, context.AuthorId, context.AuthorName, context.At, text!, mentions!);
        return ApplyResult.Ok(
            this with { Threads = Threads.SetItem(thread.Id, thread with { Comments = thread.Comments.Add(comment) }) },
            op with { Text = text!, Mentions = mentions! });
    }

    private ApplyResult ApplyResolveThread(ResolveThread op, OperationContext context)
    {
        if (!Threads.TryGetValue(op.ThreadId, out var thread))
        {
            return ApplyResult.Fail(ThreadNotFound(op.ThreadId));
        }

        if (thread.Resolved)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidState, "This thread is already resolved.", ElementId: op.ThreadId));
        }

        return ApplyResult.Ok(
            this with { Threads = Threads.SetItem(thread.Id, thread with { Resolved = true, ResolvedByName = context.AuthorName }) }, op);
    }

    private ApplyResult ApplyReopenThread(ReopenThread op)
    {
        if (!Threads.TryGetValue(op.ThreadId, out var thread))
        {
            return ApplyResult.Fail(ThreadNotFound(op.ThreadId));
        }

        if (!thread.Resolved)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidState, "This thread is open already.", ElementId: op.ThreadId));
        }

        return ApplyResult.Ok(this with { Threads = Threads.SetItem(thread.Id, thread with { Resolved = false, ResolvedByName = null }) }, op);
    }

    private ApplyResult ApplySuggestChange(SuggestChange op, OperationContext context)
    {
        if (CheckNewThreadId(op.Id) is { } idError)
        {
            return ApplyResult.Fail(idError);
        }

        var (text, _, commentError) = CheckComment(op.Text, []);
        if (commentError is not null)
        {
            return ApplyResult.Fail(commentError);
        }

        if (SuggestionAnchor(op.Change) is not { } anchor)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.WrongType, "A suggestion changes the shared-vision map only.", "change"));
        }

        // The change must make sense now; the team still decides on the room as it is when they accept.
        var trial = Apply(op.Change, context);
        if (!trial.Succeeded)
        {
            return ApplyResult.Fail(trial.Error!);
        }

        var change = trial.Applied!;
        var thread = new CommentThread
        {
            Id = op.Id,
            AnchorKind = anchor.Length == 0 ? AnchorKind.Room : AnchorKind.Element,
            AnchorId = anchor,
            Visibility = ThreadVisibility.Shared,
            Comments = [new Comment(op.Id, context.AuthorId, context.AuthorName, context.At, text!, [])],
            Suggestion = new Suggestion(change, SuggestionStatus.Pending),
        };
        return ApplyResult.Ok(this with { Threads = Threads.Add(op.Id, thread) }, op with { Text = text!, Change = change });
    }

    private ApplyResult ApplyDecideSuggestion(string threadId, SuggestionStatus status, string? reason, OperationContext context)
    {
        if (!Threads.TryGetValue(threadId, out var thread))
        {
            return ApplyResult.Fail(ThreadNotFound(threadId));
        }

        if (thread.Suggestion is not { } suggestion)
        {
            return ApplyResult.Fail(RoomErrors.WrongType(threadId, "a suggestion"));
        }

        if (suggestion.Status != SuggestionStatus.Pending)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.InvalidState, $"This suggestion was already {suggestion.Status.ToString().ToLowerInvariant()}.", ElementId: threadId));
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > ReasonLength)
        {
            return ApplyResult.Fail(new RoomError(ErrorCodes.TooLong, $"The reason is longer than {ReasonLength} characters.", "reason"));
        }

        var decided = thread with
        {
            Suggestion = suggestion with { Status = status, DecidedByName = context.AuthorName, Reason = reason },
            Resolved = true,
            ResolvedByName = context.AuthorName,
        };
        Operation canonical = status == SuggestionStatus.Accepted ? new AcceptSuggestion(threadId) : new DeclineSuggestion(threadId, reason);
        return ApplyResult.Ok(this with { Threads = Threads.SetItem(threadId, decided) }, canonical);
    }

    /// <summary>The element a suggested change touches ("" for an add: the room), or null if it is not a vision-map change.</summary>
    private string? SuggestionAnchor(Operation change) => change switch
    {
        AddVisionElement or AddVisionLink => string.Empty,
        UpdateVisionElement op => op.Id,
        UpdateVisionLink op => op.Id,
        MoveNode op when KindOf(op.Id) == ElementKind.VisionElement => op.Id,
        RemoveElement op when KindOf(op.Id) is ElementKind.VisionElement or ElementKind.VisionLink => op.Id,
        _ => null,
    };

    private (AnchorKind Kind, RoomError? Error) CheckAnchor(string anchorId, ThreadVisibility visibility)
    {
        var shared = visibility == ThreadVisibility.Shared;
        if (KindOf(anchorId) is { } kind)
        {
            if (kind is ElementKind.Iteration or ElementKind.Room)
            {
                return (default, RoomErrors.WrongType(anchorId, "an element of either map"));
            }

            return shared && !CustomerProjection.SeesElement(this, anchorId)
                ? (default, NotShareable(anchorId, "customers cannot see this element"))
                : (AnchorKind.Element, null);
        }

        if (anchorId.Length > 0 && anchorId.Length <= 200 && GapFingerprints.Of(this, anchorId) is not null)
        {
            return shared ? (default, NotShareable(anchorId, "customers never see gaps")) : (AnchorKind.Gap, null);
        }

        return (default, new RoomError(ErrorCodes.NotFound, "There is no element or open gap to hang this thread on; it may have been deleted or closed.", "anchorId", anchorId));
    }

    private static RoomError NotShareable(string anchorId, string why) =>
        new(ErrorCodes.NotShareable, $"A thread shared with the customer cannot hang here: {why}. Start an internal thread instead.", "visibility", anchorId);

    private static (string? Text, ImmutableList<string>? Mentions, RoomError? Error) CheckComment(string? text, IReadOnlyList<string>? mentions)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return (null, null, new RoomError(ErrorCodes.Required, "Write something first.", "text"));
        }

        if (trimmed.Length > CommentLimits.TextLength)
        {
            return (null, null, new RoomError(ErrorCodes.TooLong, $"A comment is at most {CommentLimits.TextLength} characters.", "text"));
        }

        var distinct = (mentions ?? []).Distinct(StringComparer.Ordinal).ToImmutableList();
        if (distinct.Count > CommentLimits.Mentions)
        {
            return (null, null, new RoomError(ErrorCodes.OutOfRange, $"A comment mentions at most {CommentLimits.Mentions} people.", "mentions"));
        }

        if (distinct.Find(m => !Ids.IsValid(m)) is { } bad)
        {
            return (null, null, new RoomError(ErrorCodes.InvalidValue, "A mention must be a room member's user id.", "mentions", bad));
        }

        return (trimmed, distinct, null);
    }

    private RoomError? CheckNewThreadId(string id)
    {
        if (!Ids.IsValid(id))
        {
            return RoomErrors.InvalidId(id);
        }

        return Index.ContainsKey(id) || Threads.ContainsKey(id) ? RoomErrors.DuplicateId(id) : null;
    }

    private static RoomError ThreadNotFound(string threadId) =>
        new(ErrorCodes.NotFound, $"There is no thread '{threadId}' in this room; its element may have been deleted.", "threadId", threadId);

    /// <summary>A thread goes with the element it hangs on (its link, its card): nothing is left pointing at nothing.</summary>
    private ImmutableDictionary<string, CommentThread> WithoutThreadsOn(HashSet<string> removed) =>
        Threads.IsEmpty
            ? Threads
            : Threads.RemoveRange(Threads.Values.Where(t => t.AnchorKind == AnchorKind.Element && removed.Contains(t.AnchorId)).Select(t => t.Id));
}
