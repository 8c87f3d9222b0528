using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Audience;

/// <summary>
/// What an invited customer with edit rights may change: the shared-vision map (elements, links, moves, deletes)
/// and endorsements in the name of the stakeholder their invitation speaks for; shared comment threads on what they see
/// and suggestions to the shared-vision map. Nothing on the stakeholder map.
/// </summary>
public static class CustomerPermissions
{
    /// <summary>Null when allowed; otherwise a <see cref="ErrorCodes.Forbidden"/> error saying why.</summary>
    public static RoomError? Check(RoomState state, Operation operation, string? ownStakeholderId)
    {
        ArgumentNullException.ThrowIfNull(state);
        var allowed = operation switch
        {
            AddVisionElement or UpdateVisionElement or AddVisionLink or UpdateVisionLink => true,
            MoveNode op => state.KindOf(op.Id) is null or ElementKind.VisionElement,
            RemoveElement op => state.KindOf(op.Id) is null or ElementKind.VisionElement or ElementKind.VisionLink
                || (state.KindOf(op.Id) == ElementKind.Endorsement && state.Endorsements[op.Id].StakeholderId == ownStakeholderId),
            AddEndorsement op => ownStakeholderId is not null && op.StakeholderId == ownStakeholderId,
            AddStakeholder or AddTeamMember or AddRelationship or AddCoverage or UpdateStakeholder or UpdateTeamMember
                or UpdateRelationship or UpdateCoverage or UpdateRoom or SetPhase or AcknowledgeGap or UnacknowledgeGap
                or MarkIteration => false,

            // A customer may ask to undo their own change; each operation of the inverse is checked on its own.
            UndoStep => true,
            // Grouping joins only the sender's own changes (into one undo step).
            GroupChanges => true,
            // Comments: shared threads on what the customer sees, without mentions (the team's member list is the
            // team's); suggestions to the shared-vision map, which only the team accepts or declines.
            StartThread op => op.Visibility == ThreadVisibility.Shared && op.Mentions.Count == 0 && CustomerProjection.SeesElement(state, op.AnchorId),
            ReplyToThread op => op.Mentions.Count == 0 && SeesThread(state, op.ThreadId),
            ResolveThread op => SeesThread(state, op.ThreadId),
            ReopenThread op => SeesThread(state, op.ThreadId),
            SuggestChange => true,
            AcceptSuggestion or DeclineSuggestion => false,

            // The account's profile is the team's alone: a customer never reaches an account's sequencer, and could
            // not edit it if they did.
            SetAccountItem or RemoveAccountItem => false,

            // Every operation type must have a customer rule (OperationTypeCoverageTests walks them all).
            _ => throw new ArgumentException($"No customer permission rule is defined for '{operation.Type}'.", nameof(operation)),
        };

        return allowed
            ? null
            : new RoomError(ErrorCodes.Forbidden, operation is StartThread or ReplyToThread or ResolveThread or ReopenThread
                    or SuggestChange or AcceptSuggestion or DeclineSuggestion
                ? "Customers can comment in shared threads on what they see, without mentions; the team decides on suggestions."
                : "Customers can edit the shared-vision map and endorse in their own name only.");
    }

    // A thread the customer cannot see answers exactly like one that does not exist: forbidden, nothing more.
    private static bool SeesThread(RoomState state, string threadId) =>
        state.Threads.TryGetValue(threadId, out var thread) && CustomerProjection.SeesThread(state, thread);
}
