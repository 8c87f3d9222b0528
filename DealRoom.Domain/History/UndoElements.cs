using System.Collections.Immutable;
using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.History;

/// <summary>
/// One kind of element as undo sees it: where it lives in a state, its fields as canonical text, its position on a
/// map (nodes only), how to set some of its fields, and how to name it to a person.
/// </summary>
internal sealed class UndoElements
{
    private readonly Func<RoomState, IEnumerable<string>> _ids;
    private readonly Func<RoomState, string, object?> _get;
    private readonly Func<object, IReadOnlyDictionary<string, string?>> _fields;
    private readonly Func<object, (double X, double Y)?> _position;
    private readonly Func<object, string> _label;

    private UndoElements(
        bool isNode,
        Func<RoomState, IEnumerable<string>> ids,
        Func<RoomState, string, object?> get,
        Func<object, IReadOnlyDictionary<string, string?>> fields,
        Func<object, (double X, double Y)?> position,
        Func<object, string> label,
        Func<string, IReadOnlyDictionary<string, string?>, Operation>? update)
    {
        IsNode = isNode;
        _ids = ids;
        _get = get;
        _fields = fields;
        _position = position;
        _label = label;
        Update = update;
    }

    /// <summary>The links first (removed before the nodes they hang on), then the nodes.</summary>
    public static IReadOnlyList<UndoElements> All { get; } =
    [
        Of(false, s => s.Endorsements, e => new Dictionary<string, string?> { ["kind"] = e.Kind.ToString() }, _ => null, _ => "an endorsement", null),
        Of(false, s => s.Coverages, Schemas.Coverage.ReadAll, _ => null, _ => "a coverage link", (id, f) => new UpdateCoverage(id, f)),
        Of(false, s => s.Relationships, Schemas.Relationship.ReadAll, _ => null, _ => "a relationship", (id, f) => new UpdateRelationship(id, f)),
        Of(false, s => s.VisionLinks, Schemas.VisionLink.ReadAll, _ => null, _ => "a vision link", (id, f) => new UpdateVisionLink(id, f)),
        Of(true, s => s.Stakeholders, Schemas.Stakeholder.ReadAll, e => (e.X, e.Y), e => e.Name, (id, f) => new UpdateStakeholder(id, f)),
        Of(true, s => s.TeamMembers, Schemas.TeamMember.ReadAll, e => (e.X, e.Y), e => e.Name, (id, f) => new UpdateTeamMember(id, f)),
        Of(true, s => s.VisionElements, Schemas.VisionElement.ReadAll, e => (e.X, e.Y), e => e.Title, (id, f) => new UpdateVisionElement(id, f)),
    ];

    /// <summary>True for the cards of a map (stakeholders, team members, vision elements); false for links.</summary>
    public bool IsNode { get; }

    /// <summary>Sets the given fields of an element; null for kinds with no editable fields (endorsements).</summary>
    public Func<string, IReadOnlyDictionary<string, string?>, Operation>? Update { get; }

    public IEnumerable<string> Ids(RoomState state) => _ids(state);

    public object? Get(RoomState state, string id) => _get(state, id);

    public IReadOnlyDictionary<string, string?> Fields(object element) => _fields(element);

    public (double X, double Y)? Position(object element) => _position(element);

    public string Label(object element) => _label(element);

    private static UndoElements Of<T>(
        bool isNode,
        Func<RoomState, ImmutableDictionary<string, T>> items,
        Func<T, IReadOnlyDictionary<string, string?>> fields,
        Func<T, (double X, double Y)?> position,
        Func<T, string> label,
        Func<string, IReadOnlyDictionary<string, string?>, Operation>? update)
        where T : class =>
        new(
            isNode,
            s => items(s).Keys,
            (s, id) => items(s).GetValueOrDefault(id),
            e => fields((T)e),
            e => position((T)e),
            e => label((T)e),
            update);
}
