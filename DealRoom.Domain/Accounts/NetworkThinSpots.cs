namespace DealRoom.Domain.Accounts;

/// <summary>Finds where the account's relationship network is thin; pure, ordered, the same answer for the same network.</summary>
public static class NetworkThinSpots
{
    /// <summary>Below this many covered people, one member holding most of them is no finding: the account is young.</summary>
    public const int ConcentrationMinimum = 3;

    public static IReadOnlyList<ThinSpot> Find(AccountNetwork network) => Find(network, AccountHistory.None);

    /// <summary>
    /// The thin spots, with <paramref name="history"/> telling who was our champion in a room earlier, not only now: a
    /// champion who has since turned neutral, or left that room, is still the person to open a new opportunity with.
    /// </summary>
    public static IReadOnlyList<ThinSpot> Find(AccountNetwork network, AccountHistory history)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(history);

        var spots = new List<ThinSpot>();
        foreach (var contact in network.Contacts)
        {
            var keyIn = contact.Appearances.Where(a => a.IsActive && a.IsKey).ToList();
            if (keyIn.Count > 0 && contact.Strongest is null)
            {
                spots.Add(new ThinSpot(ThinSpotKind.KeyPersonUncovered,
                    $"{contact.Name} is key in {Rooms(keyIn)} and nobody on our team covers them",
                    $"Name who builds a relationship to {contact.Name}, and record it as coverage in the room.",
                    [.. keyIn.Select(a => a.Room).Distinct()], [contact.Key]));
            }
        }

        spots.AddRange(Concentration(network));
        foreach (var contact in network.Contacts)
        {
            var championIn = contact.Appearances.Where(history.WasChampion).ToList();
            if (championIn.Count == 0)
            {
                continue;
            }

            foreach (var later in contact.Appearances.Where(a => a.IsActive && a.Coverage.Count == 0 && championIn.All(c => c.Room != a.Room)))
            {
                spots.Add(new ThinSpot(ThinSpotKind.FormerChampionUncovered,
                    $"{contact.Name} was our champion in {Rooms(championIn)} and nobody covers them in {later.Room.Name}",
                    $"Ask whoever held {contact.Name} before to open the new opportunity with them.",
                    [.. championIn.Select(a => a.Room).Append(later.Room).Distinct()], [contact.Key]));
            }
        }

        return spots;
    }

    private static IEnumerable<ThinSpot> Concentration(AccountNetwork network)
    {
        var covered = network.Contacts.Where(c => c.CoveredBy.Count > 0).ToList();
        if (covered.Count < ConcentrationMinimum)
        {
            yield break;
        }

        var byMember = covered
            .SelectMany(c => c.CoveredBy.Select(m => (Member: m, Contact: c)))
            .GroupBy(x => x.Member, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Member: g.Key, Contacts: g.Select(x => x.Contact).ToList()))
            .OrderByDescending(g => g.Contacts.Count).ThenBy(g => g.Member, StringComparer.Ordinal)
            .First();
        if (byMember.Contacts.Count * 2 > covered.Count)
        {
            var rooms = byMember.Contacts.SelectMany(c => c.Appearances)
                .Where(a => a.Coverage.Any(h => string.Equals(h.TeamMemberName, byMember.Member, StringComparison.OrdinalIgnoreCase)))
                .Select(a => a.Room).Distinct().ToList();
            yield return new ThinSpot(ThinSpotKind.RelationshipsConcentrated,
                $"{byMember.Member} holds {byMember.Contacts.Count} of the account's {covered.Count} relationships",
                $"Pair a second team member with {byMember.Member}'s contacts, starting with the key people.",
                rooms, [.. byMember.Contacts.Select(c => c.Key)]);
        }
    }

    private static string Rooms(IEnumerable<Appearance> appearances) =>
        string.Join(", ", appearances.Select(a => a.Room.Name).Distinct(StringComparer.Ordinal));
}
