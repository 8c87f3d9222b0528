using System.Collections.Immutable;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Rooms;

/// <summary>
/// The whole content of a deal room at one version: immutable, changed only by <see cref="Apply"/>, so any replica
/// that applies the same operations in the same order holds the same state.
/// </summary>
public sealed partial record RoomState
{
    private static readonly ImmutableDictionary<string, Stakeholder> NoStakeholders = ImmutableDictionary.Create<string, Stakeholder>(StringComparer.Ordinal);

    public required string RoomId { get; init; }

    /// <summary>The number of operations applied so far; 0 for a new room.</summary>
    public long Version { get; init; }

    public required RoomProfile Profile { get; init; }
    public JourneyPhase Phase { get; init; }

    public ImmutableDictionary<string, Stakeholder> Stakeholders { get; init; } = NoStakeholders;
    public ImmutableDictionary<string, Relationship> Relationships { get; init; } = Empty<Relationship>();
    public ImmutableDictionary<string, TeamMember> TeamMembers { get; init; } = Empty<TeamMember>();
    public ImmutableDictionary<string, Coverage> Coverages { get; init; } = Empty<Coverage>();
    public ImmutableDictionary<string, VisionElement> VisionElements { get; init; } = Empty<VisionElement>();
    public ImmutableDictionary<string, VisionLink> VisionLinks { get; init; } = Empty<VisionLink>();
    public ImmutableDictionary<string, Endorsement> Endorsements { get; init; } = Empty<Endorsement>();

    /// <summary>Every element id in the room and its kind: ids are unique across kinds.</summary>
    public ImmutableDictionary<string, ElementKind> Index { get; init; } = Empty<ElementKind>();

    public ImmutableDictionary<string, GapAcknowledgement> Acknowledgements { get; init; } = Empty<GapAcknowledgement>();
    public ImmutableList<Iteration> Iterations { get; init; } = [];
    public ImmutableList<PhaseChange> PhaseHistory { get; init; } = [];

    /// <summary>Comment threads by id (not elements: they are not in <see cref="Index"/>).</summary>
    public ImmutableDictionary<string, CommentThread> Threads { get; init; } = Empty<CommentThread>();

    /// <summary>
    /// The state that history rules compare against: the latest iteration, or the last phase change until an
    /// iteration exists; null before either.
    /// </summary>
    public RoomState? Baseline { get; init; }

    /// <summary>A new, empty room.</summary>
    public static RoomState Create(string roomId, string name) =>
        new() { RoomId = roomId, Profile = new RoomProfile { Name = name } };

    public ElementKind? KindOf(string id) => Index.TryGetValue(id, out var kind) ? kind : null;

    /// <summary>True for the elements drawn on the stakeholder map.</summary>
    public static bool IsStakeholderMap(ElementKind kind) =>
        kind is ElementKind.Stakeholder or ElementKind.TeamMember or ElementKind.Relationship or ElementKind.Coverage;

    /// <summary>True for the elements drawn on the shared-vision map.</summary>
    public static bool IsVisionMap(ElementKind kind) => kind is ElementKind.VisionElement or ElementKind.VisionLink;

    /// <summary>The total number of elements of every kind, iterations excluded.</summary>
    public int ElementCount => Index.Count - Iterations.Count;

    private static ImmutableDictionary<string, T> Empty<T>() => ImmutableDictionary.Create<string, T>(StringComparer.Ordinal);
}
