using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.History;

/// <summary>
/// Undoes one change against the room as it is now. The change is what differs between the state before it and the
/// state after it; the undo takes back each part that nobody has touched since, as ordinary operations: an added
/// element is removed, a deleted one comes back with what hung on it (<see cref="RoomRestore"/>), a field or position
/// goes back to its earlier value. A part someone else changed since is skipped and said so: undo never overwrites a
/// colleague's later work. Every planned operation has been applied, in order, to the state it was planned on.
/// </summary>
public static class RoomUndo
{
    private static readonly OperationContext PlanningContext = new("undo", "undo", DateTimeOffset.UnixEpoch);

    /// <summary>The operations that take the change from <paramref name="before"/> to <paramref name="after"/> back on <paramref name="now"/>.</summary>
    public static UndoPlan Plan(RoomState before, RoomState after, RoomState now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(now);
        var planner = new Planner(now);

        // What the change added goes, links before the cards they hang on.
        foreach (var kind in UndoElements.All)
        {
            foreach (var id in Sorted(kind.Ids(after).Where(id => kind.Get(before, id) is null)))
            {
                planner.RemoveAdded(kind, after, id);
            }
        }

        // What it deleted comes back, cards first so that their links find both ends.
        foreach (var kind in UndoElements.All.OrderByDescending(k => k.IsNode))
        {
            foreach (var id in Sorted(kind.Ids(before).Where(id => kind.Get(after, id) is null)))
            {
                planner.Restore(kind, before, id);
            }
        }

        // What it edited or moved goes back, field by field.
        foreach (var kind in UndoElements.All)
        {
            foreach (var id in Sorted(kind.Ids(after).Where(id => kind.Get(before, id) is { } b && !Equals(b, kind.Get(after, id)))))
            {
                planner.Revert(kind, before, after, id);
            }
        }

        planner.RevertRoom(before.Profile, after.Profile);
        return new UndoPlan(planner.Operations, planner.Skipped);
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal);

    /// <summary>The elements that hang on a card: its links, coverage and endorsements.</summary>
    private static IEnumerable<string> Hanging(RoomState state, string id) =>
        state.Relationships.Values.Where(r => r.FromId == id || r.ToId == id).Select(r => r.Id)
            .Concat(state.Coverages.Values.Where(c => c.TeamMemberId == id || c.StakeholderId == id).Select(c => c.Id))
            .Concat(state.VisionLinks.Values.Where(l => l.FromId == id || l.ToId == id).Select(l => l.Id))
            .Concat(state.Endorsements.Values.Where(e => e.StakeholderId == id || e.ElementId == id).Select(e => e.Id));

    private sealed class Planner(RoomState now)
    {
        private readonly RoomState _now = now;
        private RoomState _scratch = now;

        public List<Operation> Operations { get; } = [];

        public List<UndoSkip> Skipped { get; } = [];

        public void RemoveAdded(UndoElements kind, RoomState after, string id)
        {
            var added = kind.Get(after, id)!;
            if (kind.Get(_scratch, id) is not { } current)
            {
                return; // already gone: removed since, or with a card this undo removed
            }

            if (!Equals(added, current))
            {
                Skip(id, null, ErrorCodes.ChangedSince, $"Kept {kind.Label(added)}: someone else changed it since.");
            }
            else if (kind.IsNode && Hanging(_scratch, id).Any())
            {
                Skip(id, null, ErrorCodes.ChangedSince, $"Kept {kind.Label(added)}: someone else linked to it since.");
            }
            else
            {
                TryApply(new RemoveElement(id), id);
            }
        }

        public void Restore(UndoElements kind, RoomState before, string id)
        {
            var removed = kind.Get(before, id)!;
            if (_now.KindOf(id) is not null)
            {
                Skip(id, null, ErrorCodes.DuplicateId, $"{Capital(kind.Label(removed))} is back already: someone brought it back since.");
                return;
            }

            if (_scratch.KindOf(id) is not null)
            {
                return; // brought back with its card a moment ago
            }

            var (operations, _) = RoomRestore.OperationsFor(before, _scratch, id);
            if (operations.Count == 0)
            {
                Skip(id, null, ErrorCodes.NotFound, $"Could not bring back {kind.Label(removed)}: what it linked is gone.");
                return;
            }

            foreach (var operation in operations)
            {
                TryApply(operation, id);
            }
        }

        public void Revert(UndoElements kind, RoomState before, RoomState after, string id)
        {
            var was = kind.Get(before, id)!;
            var became = kind.Get(after, id)!;
            if (kind.Get(_scratch, id) is not { } current)
            {
                Skip(id, null, ErrorCodes.NotFound, $"{Capital(kind.Label(became))} was deleted since: nothing to undo on it.");
                return;
            }

            var label = kind.Label(current);
            if (kind.Position(was) is { } from && kind.Position(became) is { } to && from != to)
            {
                if (kind.Position(current) == to)
                {
                    TryApply(new MoveNode(id, from.X, from.Y), id);
                }
                else
                {
                    Skip(id, "position", ErrorCodes.ChangedSince, $"Left {label} where it is: someone else moved it since.");
                }
            }

            var fields = Diff(kind.Fields(was), kind.Fields(became), kind.Fields(current), id, label);
            if (fields.Count > 0 && kind.Update is { } update)
            {
                TryApply(update(id, fields), id);
            }
        }

        public void RevertRoom(RoomProfile before, RoomProfile after)
        {
            if (Equals(before, after))
            {
                return;
            }

            var fields = Diff(Schemas.Room.ReadAll(before), Schemas.Room.ReadAll(after), Schemas.Room.ReadAll(_scratch.Profile), null, "the deal");
            if (fields.Count > 0)
            {
                TryApply(new UpdateRoom(fields), null);
            }
        }

        /// <summary>The fields the change set that still hold what it set, with their earlier values; the rest are skipped.</summary>
        private Dictionary<string, string?> Diff(
            IReadOnlyDictionary<string, string?> was, IReadOnlyDictionary<string, string?> became, IReadOnlyDictionary<string, string?> current, string? id, string label)
        {
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, value) in became.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var earlier = was.GetValueOrDefault(name);
                if (string.Equals(earlier, value, StringComparison.Ordinal))
                {
                    continue;
                }

                if (string.Equals(current.GetValueOrDefault(name), value, StringComparison.Ordinal))
                {
                    fields[name] = earlier;
                }
                else
                {
                    Skip(id, name, ErrorCodes.ChangedSince, $"Kept {Possessive(label)} {name}: someone else changed it since.");
                }
            }

            return fields;
        }

        private void TryApply(Operation operation, string? id)
        {
            var result = _scratch.Apply(operation, PlanningContext);
            if (result.Succeeded)
            {
                _scratch = result.State!;
                Operations.Add(operation);
            }
            else
            {
                Skip(result.Error!.ElementId ?? id, result.Error.Field, result.Error.Code, result.Error.Message);
            }
        }

        private void Skip(string? id, string? field, string code, string message) => Skipped.Add(new UndoSkip(id, field, code, message));

        private static string Possessive(string label) => label.StartsWith("a ", StringComparison.Ordinal) || label.StartsWith("the ", StringComparison.Ordinal)
            ? $"{(label.StartsWith("a ", StringComparison.Ordinal) ? "the " + label[2..] : label)}'s"
            : $"{label}'s";

        private static string Capital(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
    }
}
