using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Accounts;

/// <summary>
/// The account's relationship network: the union of the stakeholders of all its rooms, each person once. Two
/// stakeholders are one contact when they share an e-mail address (case-insensitive) or the team linked them by
/// hand; people with the same name and nothing else in common stay apart and are listed as possibly the same
/// person, for the team to decide.
/// </summary>
public sealed record AccountNetwork(IReadOnlyList<Contact> Contacts, IReadOnlyList<IReadOnlyList<Contact>> PossiblySame)
{
    public static AccountNetwork Build(IReadOnlyList<AccountRoom> rooms, IReadOnlyList<ContactLink> links)
    {
        ArgumentNullException.ThrowIfNull(rooms);
        ArgumentNullException.ThrowIfNull(links);

        var appearances = new List<(Appearance Appearance, string? Email)>();
        var index = new Dictionary<(string Room, string Stakeholder), int>();
        foreach (var room in rooms)
        {
            var roomRef = new RoomRef(room.RoomId, room.Name);
            foreach (var s in room.State.Stakeholders.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                index[(room.RoomId, s.Id)] = appearances.Count;
                var email = string.IsNullOrWhiteSpace(s.Email) ? null : s.Email.Trim();
                appearances.Add((new Appearance(roomRef, room.State.Phase, s.Id, s.Name, s.Title, s.BuyingRole, s.Stance, s.IsKey, s.IsActive,
                    CoverageOf(room.State, s.Id)), email));
            }
        }

        var sets = new UnionFind(appearances.Count);
        var byEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < appearances.Count; i++)
        {
            if (appearances[i].Email is { } email && !byEmail.TryAdd(email, i))
            {
                sets.Join(byEmail[email], i);
            }
        }

        foreach (var link in links)
        {
            if (index.TryGetValue((link.RoomId, link.StakeholderId), out var a) && index.TryGetValue((link.OtherRoomId, link.OtherStakeholderId), out var b))
            {
                sets.Join(a, b);
            }
        }

        var contacts = Enumerable.Range(0, appearances.Count)
            .GroupBy(sets.Find)
            .Select(g => ToContact([.. g.Select(i => appearances[i])]))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var possiblySame = contacts
            .GroupBy(c => c.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<Contact>)[.. g])
            .ToList();
        return new AccountNetwork(contacts, possiblySame);
    }

    private static Contact ToContact(List<(Appearance Appearance, string? Email)> group)
    {
        var first = group[0];
        var email = group.Select(g => g.Email).FirstOrDefault(e => e is not null);
        var key = email is not null ? "email:" + email.ToLowerInvariant() : $"{first.Appearance.Room.RoomId}/{first.Appearance.StakeholderId}";

        // The name of the most recent active appearance speaks for the person (rooms come in the account's order).
        var named = group.LastOrDefault(g => g.Appearance.IsActive).Appearance ?? group[^1].Appearance;
        return new Contact(key, named.Name, email, [.. group.Select(g => g.Appearance)]);
    }

    private static List<HeldCoverage> CoverageOf(RoomState state, string stakeholderId) =>
        [.. state.Coverages.Values
            .Where(c => c.StakeholderId == stakeholderId && state.TeamMembers.ContainsKey(c.TeamMemberId))
            .Select(c => new HeldCoverage(state.TeamMembers[c.TeamMemberId].Name, c.CurrentLevel, c.ContactDepth))
            .OrderByDescending(c => c.Strength).ThenBy(c => c.TeamMemberName, StringComparer.Ordinal)];

    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, count)];

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                i = _parent[i] = _parent[_parent[i]];
            }

            return i;
        }

        public void Join(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
