using System.Collections.Immutable;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Audience;

/// <summary>
/// What an invited customer may see of a room: the shared-vision map, the names and titles of the stakeholders the
/// team marked visible, their endorsements, and the room's name. Never power, influence, stance, styles, notes,
/// relationships, coverage, the team's assessments, acknowledgements, iterations or gaps; of the comments, only the
/// shared threads on what they see (never an internal thread, reply or count).
/// </summary>
public static class CustomerProjection
{
    /// <summary>The stakeholder fields a customer may see.</summary>
    public static readonly IReadOnlySet<string> StakeholderFields =
        new HashSet<string>(StringComparer.Ordinal) { "name", "title", "visibleToCustomer" };

    /// <summary>The room fields a customer may see.</summary>
    public static readonly IReadOnlySet<string> RoomFields = new HashSet<string>(StringComparer.Ordinal) { "name", "customerName" };

    /// <summary>The customer's view of a whole state.</summary>
    public static RoomState Project(RoomState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var stakeholders = state.Stakeholders.Values
            .Where(s => s.VisibleToCustomer)
            .ToImmutableDictionary(s => s.Id, Reduce, StringComparer.Ordinal);
        var endorsements = state.Endorsements.Values
            .Where(e => stakeholders.ContainsKey(e.StakeholderId))
            .ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
        var index = ImmutableDictionary.CreateBuilder<string, ElementKind>(StringComparer.Ordinal);
        index.AddRange(stakeholders.Keys.Select(id => KeyValuePair.Create(id, ElementKind.Stakeholder)));
        index.AddRange(state.VisionElements.Keys.Select(id => KeyValuePair.Create(id, ElementKind.VisionElement)));
        index.AddRange(state.VisionLinks.Keys.Select(id => KeyValuePair.Create(id, ElementKind.VisionLink)));
        index.AddRange(endorsements.Keys.Select(id => KeyValuePair.Create(id, ElementKind.Endorsement)));

        return RoomState.Create(state.RoomId, state.Profile.Name) with
        {
            Version = state.Version,
            Profile = new RoomProfile { Name = state.Profile.Name, CustomerName = state.Profile.CustomerName },
            Stakeholders = stakeholders,
            VisionElements = state.VisionElements,
            VisionLinks = state.VisionLinks,
            Endorsements = endorsements,
            Index = index.ToImmutable(),
            Threads = state.Threads.Values.Where(t => SeesThread(state, t)).ToImmutableDictionary(t => t.Id, StringComparer.Ordinal),
        };
    }

    /// <summary>What a committed operation means to a customer, given the full states before and after it.</summary>
    public static ProjectedChange ProjectOperation(RoomState before, RoomState after, Operation operation)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return operation switch
        {
            AddVisionElement or UpdateVisionElement or AddVisionLink or UpdateVisionLink => ProjectedChange.Of(operation),
            AddStakeholder op => after.Stakeholders[op.Id].VisibleToCustomer
                ? ProjectedChange.Of(op with { Fields = Unstamped(Only(op.Fields, StakeholderFields)) })
                : ProjectedChange.Nothing,
            UpdateStakeholder op => ProjectStakeholderUpdate(before, after, op),
            AddEndorsement op => IsVisible(after, op.StakeholderId) ? ProjectedChange.Of(op) : ProjectedChange.Nothing,
            MoveNode op => before.KindOf(op.Id) switch
            {
                ElementKind.VisionElement => ProjectedChange.Of(op),
                ElementKind.Stakeholder when IsVisible(before, op.Id) => ProjectedChange.Of(op),
                _ => ProjectedChange.Nothing,
            },
            RemoveElement op => SeesElement(before, op.Id) ? ProjectedChange.Of(op) : ProjectedChange.Nothing,
            UpdateRoom op => Only(op.Fields, RoomFields) is { Count: > 0 } fields
                ? ProjectedChange.Of(op with { Fields = fields })
                : ProjectedChange.Nothing,

            // The team's side of the room: never the customer's business.
            AddTeamMember or AddRelationship or AddCoverage or UpdateTeamMember or UpdateRelationship or UpdateCoverage
                or SetPhase or AcknowledgeGap or UnacknowledgeGap or MarkIteration => ProjectedChange.Nothing,

            // An undo step changes nothing itself (the operations before it did, and are projected on their own).
            UndoStep => ProjectedChange.Nothing,
            GroupChanges => ProjectedChange.Nothing,
            // Comments: a shared thread on what the customer sees, and everything that happens in it; never an
            // internal thread, its replies or its resolution.
            StartThread op => ThreadChange(after, op.Id, op),
            SuggestChange op => ThreadChange(after, op.Id, op),
            ReplyToThread op => ThreadChange(after, op.ThreadId, op),
            ResolveThread op => ThreadChange(after, op.ThreadId, op),
            ReopenThread op => ThreadChange(after, op.ThreadId, op),
            AcceptSuggestion op => ThreadChange(after, op.ThreadId, op),
            DeclineSuggestion op => ThreadChange(after, op.ThreadId, op),
            // The account's profile is the team's alone (and Project drops AccountItems).
            SetAccountItem or RemoveAccountItem => ProjectedChange.Nothing,

            // Every operation type must say what it means to a customer (OperationTypeCoverageTests walks them all).
            _ => throw new ArgumentException($"No customer projection is defined for '{operation.Type}'.", nameof(operation)),
        };
    }

    /// <summary>True when a customer's projection holds the element.</summary>
    public static bool SeesElement(RoomState state, string id) => state.KindOf(id) switch
    {
        ElementKind.VisionElement or ElementKind.VisionLink => true,
        ElementKind.Stakeholder => IsVisible(state, id),
        ElementKind.Endorsement => IsVisible(state, state.Endorsements[id].StakeholderId),
        _ => false,
    };

    /// <summary>
    /// True when a customer may see the thread: shared, and hung on something they see (the room, or an element of
    /// their projection). An internal thread, or one on a gap, never.
    /// </summary>
    public static bool SeesThread(RoomState state, CommentThread thread)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(thread);
        return thread.IsShared && thread.AnchorKind switch
        {
            AnchorKind.Room => true,
            AnchorKind.Element => SeesElement(state, thread.AnchorId),
            _ => false,
        };
    }

    private static ProjectedChange ThreadChange(RoomState after, string threadId, Operation op) =>
        after.Threads.TryGetValue(threadId, out var thread) && SeesThread(after, thread) ? ProjectedChange.Of(op) : ProjectedChange.Nothing;

    private static ProjectedChange ProjectStakeholderUpdate(RoomState before, RoomState after, UpdateStakeholder op)
    {
        var wasVisible = IsVisible(before, op.Id);
        var isVisible = IsVisible(after, op.Id);
        if (wasVisible != isVisible)
        {
            return ProjectedChange.ResetRequired;
        }

        return isVisible && Only(op.Fields, StakeholderFields) is { Count: > 0 } fields
            ? ProjectedChange.Of(op with { Fields = fields })
            : ProjectedChange.Nothing;
    }

    private static bool IsVisible(RoomState state, string stakeholderId) =>
        state.Stakeholders.TryGetValue(stakeholderId, out var s) && s.VisibleToCustomer;

    private static Stakeholder Reduce(Stakeholder s) =>
        new() { Id = s.Id, Name = s.Name, Title = s.Title, X = s.X, Y = s.Y, VisibleToCustomer = true };

    // Membership is the team's record: explicit nulls keep the customer's replica from stamping its own (see
    // RoomState.StampJoined), so it stays equal to the projection.
    private static Dictionary<string, string?> Unstamped(Dictionary<string, string?> fields)
    {
        fields["phaseJoined"] = null;
        fields["dateJoined"] = null;
        return fields;
    }

    private static Dictionary<string, string?> Only(IReadOnlyDictionary<string, string?> fields, IReadOnlySet<string> allowed) =>
        fields.Where(f => allowed.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
