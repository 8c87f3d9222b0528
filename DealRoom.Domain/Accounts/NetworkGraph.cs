namespace DealRoom.Domain.Accounts;

/// <summary>
/// The account's network as a map draws it: our people, their relationships to the contacts (one line per member and
/// contact, the strongest of each contact marked), and the relationships between contacts the rooms record.
/// </summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkMember> Members, IReadOnlyList<NetworkCoverage> Coverage, IReadOnlyList<NetworkRelationship> Relationships)
{
    public static NetworkGraph Build(IReadOnlyList<AccountRoom> rooms, AccountNetwork network)
    {
        ArgumentNullException.ThrowIfNull(rooms);
        ArgumentNullException.ThrowIfNull(network);

        var keyOf = new Dictionary<(string Room, string Stakeholder), string>();
        foreach (var contact in network.Contacts)
        {
            foreach (var a in contact.Appearances)
            {
                keyOf[(a.Room.RoomId, a.StakeholderId)] = contact.Key;
            }
        }

        var coverage = new List<NetworkCoverage>();
        foreach (var contact in network.Contacts)
        {
            var strongest = contact.Strongest;
            coverage.AddRange(contact.Appearances
                .SelectMany(a => a.Coverage.Select(h => (Held: h, a.Room)))
                .GroupBy(x => x.Held.TeamMemberName, StringComparer.OrdinalIgnoreCase)
                .Select(g =>
                {
                    var best = g.MaxBy(x => x.Held.Strength).Held;
                    var isStrongest = strongest is not null && string.Equals(strongest.TeamMemberName, g.Key, StringComparison.OrdinalIgnoreCase);
                    return new NetworkCoverage(best.TeamMemberName, contact.Key, best.Level, best.Depth, isStrongest, [.. g.Select(x => x.Room).Distinct()]);
                })
                .OrderBy(c => c.MemberName, StringComparer.Ordinal));
        }

        var members = coverage
            .GroupBy(c => c.MemberName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.First().MemberName, Holds: g.Count(), Rooms: g.SelectMany(c => c.Rooms)))
            .ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        var allMembers = new List<NetworkMember>();
        foreach (var room in rooms)
        {
            foreach (var member in room.State.TeamMembers.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                if (allMembers.Any(m => string.Equals(m.Name, member.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var held = members.GetValueOrDefault(member.Name);
                var memberRooms = rooms.Where(r => r.State.TeamMembers.Values.Any(t => string.Equals(t.Name, member.Name, StringComparison.OrdinalIgnoreCase)))
                    .Select(r => new RoomRef(r.RoomId, r.Name)).ToList();
                allMembers.Add(new NetworkMember(member.Name, held.Holds, memberRooms));
            }
        }

        // Each pair and kind once: the strongest strength any room records, with the rooms that record it.
        var relationships = rooms
            .SelectMany(room => room.State.Relationships.Values.Select(r => (Room: new RoomRef(room.RoomId, room.Name), Relationship: r,
                From: keyOf.GetValueOrDefault((room.RoomId, r.FromId)), To: keyOf.GetValueOrDefault((room.RoomId, r.ToId)))))
            .Where(x => x.From is not null && x.To is not null && x.From != x.To)
            .GroupBy(x => (x.From!, x.To!, x.Relationship.Kind))
            .Select(g => new NetworkRelationship(g.Key.Item1, g.Key.Item2, g.Key.Kind, g.Max(x => x.Relationship.Strength), [.. g.Select(x => x.Room).Distinct()]))
            .OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.ToKey, StringComparer.Ordinal).ThenBy(r => r.Kind)
            .ToList();

        return new NetworkGraph(
            [.. allMembers.OrderByDescending(m => m.Holds).ThenBy(m => m.Name, StringComparer.Ordinal)], coverage, relationships);
    }
}
