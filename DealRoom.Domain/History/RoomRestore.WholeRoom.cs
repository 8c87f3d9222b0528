using DealRoom.Domain.Fields;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.Domain.History;

public static partial class RoomRestore
{
    // Only to find which links a removal takes with it; the operations carry no context of their own.
    private static readonly OperationContext Dry = new("restore", "restore", DateTimeOffset.UnixEpoch);

    /// <summary>
    /// The operations that bring the room from <paramref name="now"/> back to what it was in <paramref name="past"/>:
    /// what was added since is removed, what was deleted since comes back, what changed gets its past fields, places
    /// and ends, and the profile, phase and gap acknowledgements return. One ordered list (removals, the profile, cards,
    /// links, stakes, phase, acknowledgements), each operation valid on the state the ones before it leave; nothing in
    /// the log is rewritten, and iterations stay in the history. Empty when the two states already hold the same.
    /// </summary>
    public static IReadOnlyList<Operation> WholeRoomTo(RoomState past, RoomState now)
    {
        ArgumentNullException.ThrowIfNull(past);
        ArgumentNullException.ThrowIfNull(now);
        var operations = new List<Operation>();
        var state = now;
        void Run(Operation operation)
        {
            var result = state.Apply(operation, Dry);
            if (result.Succeeded)
            {
                state = result.State!;
                operations.Add(operation);
            }
        }

        // 1. Cards that were not there then (or were another kind of vision element): their links go with them.
        foreach (var id in NodesToRemove(past, now))
        {
            Run(new RemoveElement(id));
        }

        // 2. Links and stakes left over that were not there then, or joined other ends.
        foreach (var id in LinksToRemove(past, state))
        {
            Run(new RemoveElement(id));
        }

        if (Diff(Schemas.Room.ReadAll(past.Profile), Schemas.Room.ReadAll(state.Profile)) is { Count: > 0 } profile)
        {
            Run(new UpdateRoom(profile));
        }

        foreach (var operation in Cards(past, state).ToList())
        {
            Run(operation);
        }

        foreach (var operation in Links(past, state).ToList())
        {
            Run(operation);
        }

        if (state.Phase != past.Phase)
        {
            Run(new SetPhase(past.Phase, $"Restored to version {past.Version}"));
        }

        foreach (var id in state.Acknowledgements.Keys.Where(id => !past.Acknowledgements.ContainsKey(id)).Order(StringComparer.Ordinal).ToList())
        {
            Run(new UnacknowledgeGap(id));
        }

        foreach (var ack in past.Acknowledgements.Values.Where(a => !state.Acknowledgements.ContainsKey(a.GapId)).OrderBy(a => a.GapId, StringComparer.Ordinal))
        {
            Run(new AcknowledgeGap(ack.GapId, ack.Reason));
        }

        return operations;
    }

    private static IEnumerable<string> NodesToRemove(RoomState past, RoomState now) =>
        now.Stakeholders.Keys.Where(id => !past.Stakeholders.ContainsKey(id))
            .Concat(now.TeamMembers.Keys.Where(id => !past.TeamMembers.ContainsKey(id)))
            .Concat(now.VisionElements.Values.Where(e => past.VisionElements.GetValueOrDefault(e.Id)?.Type != e.Type).Select(e => e.Id))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> LinksToRemove(RoomState past, RoomState now) =>
        now.Relationships.Values.Where(r => past.Relationships.GetValueOrDefault(r.Id) is not { } then || then.FromId != r.FromId || then.ToId != r.ToId).Select(r => r.Id)
            .Concat(now.Coverages.Values.Where(c => past.Coverages.GetValueOrDefault(c.Id) is not { } then || then.TeamMemberId != c.TeamMemberId || then.StakeholderId != c.StakeholderId).Select(c => c.Id))
            .Concat(now.VisionLinks.Values.Where(l => past.VisionLinks.GetValueOrDefault(l.Id) is not { } then || then.FromId != l.FromId || then.ToId != l.ToId).Select(l => l.Id))
            .Concat(now.Endorsements.Values.Where(e => past.Endorsements.GetValueOrDefault(e.Id) is not { } then || then != e).Select(e => e.Id))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Operation> Cards(RoomState past, RoomState now)
    {
        foreach (var then in past.Stakeholders.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (now.Stakeholders.GetValueOrDefault(then.Id) is not { } current)
            {
                yield return RoomImport.AddOf(then);
                continue;
            }

            if (Diff(Schemas.Stakeholder.ReadAll(then), Schemas.Stakeholder.ReadAll(current)) is { Count: > 0 } fields)
            {
                yield return new UpdateStakeholder(then.Id, fields);
            }

            if (then.X != current.X || then.Y != current.Y)
            {
                yield return new MoveNode(then.Id, then.X, then.Y);
            }
        }

        foreach (var then in past.TeamMembers.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            if (now.TeamMembers.GetValueOrDefault(then.Id) is not { } current)
            {
                yield return RoomImport.AddOf(then);
                continue;
            }

            if (Diff(Schemas.TeamMember.ReadAll(then), Schemas.TeamMember.ReadAll(current)) is { Count: > 0 } fields)
            {
                yield return new UpdateTeamMember(then.Id, fields);
            }

            if (then.X != current.X || then.Y != current.Y)
            {
                yield return new MoveNode(then.Id, then.X, then.Y);
            }
        }

        foreach (var then in past.VisionElements.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (now.VisionElements.GetValueOrDefault(then.Id) is not { } current)
            {
                yield return RoomImport.AddOf(then);
                continue;
            }

            var add = RoomImport.AddOf(then);
            if (Diff(add.Fields, RoomImport.AddOf(current).Fields) is { Count: > 0 } fields)
            {
                yield return new UpdateVisionElement(then.Id, fields);
            }

            if (then.X != current.X || then.Y != current.Y)
            {
                yield return new MoveNode(then.Id, then.X, then.Y);
            }
        }
    }

    private static IEnumerable<Operation> Links(RoomState past, RoomState now)
    {
        foreach (var then in past.Relationships.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (now.Relationships.GetValueOrDefault(then.Id) is not { } current)
            {
                yield return RoomImport.AddOf(then);
            }
            else if (Diff(Schemas.Relationship.ReadAll(then), Schemas.Relationship.ReadAll(current)) is { Count: > 0 } fields)
            {
                yield return new UpdateRelationship(then.Id, fields);
            }
        }

        foreach (var then in past.Coverages.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            if (now.Coverages.GetValueOrDefault(then.Id) is not { } current)
            {
                yield return RoomImport.AddOf(then);
            }
            else if (Diff(Schemas.Coverage.ReadAll(then), Schemas.Coverage.ReadAll(current)) is { Count: > 0 } fields)
            {
                yield return new UpdateCoverage(then.Id, fields);
            }
        }

        foreach (var then in past.VisionLinks.Values.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            if (now.VisionLinks.GetValueOrDefault(then.Id) is not { } current)
            {
                yield return RoomImport.AddOf(then);
            }
            else if (Diff(Schemas.VisionLink.ReadAll(then), Schemas.VisionLink.ReadAll(current)) is { Count: > 0 } fields)
            {
                yield return new UpdateVisionLink(then.Id, fields);
            }
        }

        foreach (var then in past.Endorsements.Values.Where(e => !now.Endorsements.ContainsKey(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            yield return RoomImport.AddOf(then);
        }
    }

    /// <summary>The fields whose past value differs from the current one, with the past value.</summary>
    private static Dictionary<string, string?> Diff(IReadOnlyDictionary<string, string?> then, IReadOnlyDictionary<string, string?> now) =>
        then.Where(f => !string.Equals(f.Value, now.GetValueOrDefault(f.Key), StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
