using DealRoom.Domain.Accounts;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>
/// The account's relationship network as its map shows it and the REST API gives it: each contact once with their
/// appearances per room, our people, the coverage and relationship lines, the thin spots (former champions read from
/// the rooms' history), and each contact's role, stance and coverage changes over time (by contact key).
/// </summary>
public sealed record AccountNetworkMap(
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<NetworkMember> Members,
    IReadOnlyList<NetworkCoverage> Coverage,
    IReadOnlyList<NetworkRelationship> Relationships,
    IReadOnlyList<ThinSpot> ThinSpots,
    IReadOnlyDictionary<string, IReadOnlyList<ContactChange>> History)
{
    /// <summary>The map of the account's rooms (in the account's order), hand links and each room's trace.</summary>
    public static AccountNetworkMap Of(IReadOnlyList<AccountRoom> rooms, IReadOnlyList<ContactLink> links, IReadOnlyDictionary<string, RoomTrace> traces)
    {
        var network = AccountNetwork.Build(rooms, links);
        var graph = NetworkGraph.Build(rooms, network);
        var history = AccountHistory.Build(network, traces);
        return new AccountNetworkMap(network.Contacts, graph.Members, graph.Coverage, graph.Relationships, NetworkThinSpots.Find(network, history), history.Changes);
    }

    /// <summary>The thin spots that name a contact.</summary>
    public IEnumerable<ThinSpot> SpotsOf(string contactKey) => ThinSpots.Where(s => s.Kind != ThinSpotKind.RelationshipsConcentrated && s.ContactKeys.Contains(contactKey));

    /// <summary>The thin spot that says this member holds most of the account's relationships, if any.</summary>
    public ThinSpot? ConcentrationOn(string memberName) =>
        ThinSpots.FirstOrDefault(s => s.Kind == ThinSpotKind.RelationshipsConcentrated && s.Title.StartsWith(memberName + " holds ", StringComparison.Ordinal));

    public IReadOnlyList<ContactChange> HistoryOf(string contactKey) => History.GetValueOrDefault(contactKey) ?? [];
}
