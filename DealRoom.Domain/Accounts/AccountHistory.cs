namespace DealRoom.Domain.Accounts;

/// <summary>
/// The account's network over time: each contact's role, stance and coverage per opportunity as they changed, from the
/// rooms' traces. A room without a trace adds nothing.
/// </summary>
public sealed record AccountHistory(IReadOnlyDictionary<string, IReadOnlyList<ContactChange>> Changes, IReadOnlySet<(string RoomId, string StakeholderId)> FormerChampions)
{
    public static readonly AccountHistory None = new(new Dictionary<string, IReadOnlyList<ContactChange>>(), new HashSet<(string, string)>());

    /// <summary>The changes of one contact, oldest first (none when unknown).</summary>
    public IReadOnlyList<ContactChange> Of(string contactKey) => Changes.GetValueOrDefault(contactKey) ?? [];

    /// <summary>True when the person was ever our champion in that room, now or earlier.</summary>
    public bool WasChampion(Appearance appearance)
    {
        ArgumentNullException.ThrowIfNull(appearance);
        return appearance.Stance == Stakeholders.Stance.Champion || FormerChampions.Contains((appearance.Room.RoomId, appearance.StakeholderId));
    }

    public static AccountHistory Build(AccountNetwork network, IReadOnlyDictionary<string, RoomTrace> traces)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(traces);
        var changes = new Dictionary<string, IReadOnlyList<ContactChange>>(StringComparer.Ordinal);
        var champions = new HashSet<(string RoomId, string StakeholderId)>();
        foreach (var contact in network.Contacts)
        {
            var list = new List<ContactChange>();
            foreach (var appearance in contact.Appearances)
            {
                if (!traces.TryGetValue(appearance.Room.RoomId, out var trace) || !trace.Points.TryGetValue(appearance.StakeholderId, out var points))
                {
                    continue;
                }

                if (trace.WasChampion(appearance.StakeholderId))
                {
                    champions.Add((appearance.Room.RoomId, appearance.StakeholderId));
                }

                for (var i = 0; i < points.Count; i++)
                {
                    list.Add(new ContactChange(appearance.Room, appearance.StakeholderId, points[i].Version, points[i].At, i == 0 ? null : points[i - 1].Facet, points[i].Facet));
                }
            }

            changes[contact.Key] = [.. list.OrderBy(c => c.At ?? DateTimeOffset.MinValue).ThenBy(c => c.Room.RoomId, StringComparer.Ordinal).ThenBy(c => c.Version)];
        }

        return new AccountHistory(changes, champions);
    }
}
