using System.Collections.Immutable;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Team;

namespace DealRoom.Domain.Accounts;

/// <summary>
/// One room's stakeholders over time, read from its op log: for each stakeholder the facets they had, each with the
/// version it started at. A trace is extended with the operations committed since (<see cref="Extend"/>), so a room
/// is replayed once and then only for what is new.
/// </summary>
public sealed class RoomTrace
{
    private RoomTrace(RoomState state, ImmutableDictionary<string, ImmutableList<FacetPoint>> points)
    {
        State = state;
        Points = points;
    }

    /// <summary>The state the trace has read up to (its version is the trace's).</summary>
    public RoomState State { get; }

    /// <summary>Each stakeholder's facets, oldest first; a stakeholder deleted from the room keeps theirs.</summary>
    public ImmutableDictionary<string, ImmutableList<FacetPoint>> Points { get; }

    public long Version => State.Version;

    /// <summary>A trace that starts at <paramref name="state"/> (an empty room, or the oldest state still read).</summary>
    public static RoomTrace Start(RoomState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var points = ImmutableDictionary.Create<string, ImmutableList<FacetPoint>>(StringComparer.Ordinal);
        return new RoomTrace(state, Record(points, state, null));
    }

    /// <summary>The trace after <paramref name="operations"/>, which must follow on from its version.</summary>
    /// <exception cref="InvalidDataException">The log skips a version, or a logged operation no longer applies.</exception>
    public RoomTrace Extend(IEnumerable<CommittedOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var (state, points) = (State, Points);
        foreach (var op in operations)
        {
            var next = RoomReplay.Replay(state, [op]);

            // Most operations touch neither people nor coverage: the immutable maps stay the same instances.
            if (!ReferenceEquals(next.Stakeholders, state.Stakeholders) || !ReferenceEquals(next.Coverages, state.Coverages)
                || !ReferenceEquals(next.TeamMembers, state.TeamMembers))
            {
                points = Record(points, next, op.At);
            }

            state = next;
        }

        return new RoomTrace(state, points);
    }

    /// <summary>True when the stakeholder was ever our champion in this room (now or at any point the trace read).</summary>
    public bool WasChampion(string stakeholderId) =>
        Points.TryGetValue(stakeholderId, out var points) && points.Any(p => p.Facet.Stance == Stakeholders.Stance.Champion);

    private static ImmutableDictionary<string, ImmutableList<FacetPoint>> Record(
        ImmutableDictionary<string, ImmutableList<FacetPoint>> points, RoomState state, DateTimeOffset? at)
    {
        var coverage = state.Coverages.Values.ToLookup(c => c.StakeholderId, StringComparer.Ordinal);
        foreach (var stakeholder in state.Stakeholders.Values)
        {
            var facet = StakeholderFacet.Of(state, stakeholder, coverage[stakeholder.Id]);
            var list = points.GetValueOrDefault(stakeholder.Id) ?? [];
            if (list.Count == 0 || list[^1].Facet != facet)
            {
                points = points.SetItem(stakeholder.Id, list.Add(new FacetPoint(state.Version, at, facet)));
            }
        }

        return points;
    }
}
