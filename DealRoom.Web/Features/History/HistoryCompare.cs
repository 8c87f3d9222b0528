using System.Collections.Immutable;
using DealRoom.Domain.Fields;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.History;

/// <summary>
/// Two points of a room side by side: the changes in the method's words (<see cref="RoomComparison"/>), a mark per
/// card ("added", "removed", "changed", from the earlier point to the later), and the state the canvas draws: the
/// viewed point plus, as ghosts, the cards only the other point has, so a removed or added card is seen in place.
/// </summary>
public sealed record HistoryCompare(IReadOnlyList<RoomChange> Changes, IReadOnlyDictionary<string, string> Marks, RoomState Canvas)
{
    public static HistoryCompare Of(RoomState viewed, RoomState other, bool includeGaps)
    {
        ArgumentNullException.ThrowIfNull(viewed);
        ArgumentNullException.ThrowIfNull(other);
        var (before, after) = viewed.Version <= other.Version ? (viewed, other) : (other, viewed);
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        Mark(before.Stakeholders, after.Stakeholders, marks, s => Schemas.Stakeholder.ReadAll(s));
        Mark(before.TeamMembers, after.TeamMembers, marks, t => Schemas.TeamMember.ReadAll(t));
        Mark(before.VisionElements, after.VisionElements, marks, e => Schemas.VisionElement.ReadAll(e));
        return new(RoomComparison.Between(before, after, includeGaps), marks, WithGhosts(viewed, other));
    }

    private static void Mark<T>(
        ImmutableDictionary<string, T> before, ImmutableDictionary<string, T> after, Dictionary<string, string> marks, Func<T, IReadOnlyDictionary<string, string?>> fields)
    {
        foreach (var (id, then) in before)
        {
            if (!after.TryGetValue(id, out var now))
            {
                marks[id] = "removed";
            }
            else if (!fields(then).SequenceEqual(fields(now)))
            {
                marks[id] = "changed";
            }
        }

        foreach (var id in after.Keys.Where(id => !before.ContainsKey(id)))
        {
            marks[id] = "added";
        }
    }

    /// <summary>The viewed state with the other point's cards it lacks (cards only: their links are in the list).</summary>
    private static RoomState WithGhosts(RoomState viewed, RoomState other)
    {
        var stakeholders = other.Stakeholders.Values.Where(s => viewed.KindOf(s.Id) is null).ToList();
        var members = other.TeamMembers.Values.Where(t => viewed.KindOf(t.Id) is null).ToList();
        var elements = other.VisionElements.Values.Where(e => viewed.KindOf(e.Id) is null).ToList();
        return viewed with
        {
            Stakeholders = viewed.Stakeholders.SetItems(stakeholders.Select(s => KeyValuePair.Create(s.Id, s))),
            TeamMembers = viewed.TeamMembers.SetItems(members.Select(t => KeyValuePair.Create(t.Id, t))),
            VisionElements = viewed.VisionElements.SetItems(elements.Select(e => KeyValuePair.Create(e.Id, e))),
            Index = viewed.Index
                .SetItems(stakeholders.Select(s => KeyValuePair.Create(s.Id, ElementKind.Stakeholder)))
                .SetItems(members.Select(t => KeyValuePair.Create(t.Id, ElementKind.TeamMember)))
                .SetItems(elements.Select(e => KeyValuePair.Create(e.Id, ElementKind.VisionElement))),
        };
    }
}
