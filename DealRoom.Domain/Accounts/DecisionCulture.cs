using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Accounts;

/// <summary>
/// The account's decision-dynamics culture: the patterns that show in at least <see cref="Repeats"/> of its
/// opportunities. One room shows how one deal decided; two or more show how the account decides.
/// </summary>
public static class DecisionCulture
{
    public const int Repeats = 2;

    public static IReadOnlyList<CultureFinding> Find(IReadOnlyList<AccountRoom> rooms)
    {
        ArgumentNullException.ThrowIfNull(rooms);

        var findings = new List<CultureFinding>();
        Add(findings, rooms, CulturePattern.ProcurementJoinsLate, ProcurementJoinedLate,
            "Procurement joins late",
            "Bring procurement in while the need is shaped: ask the sponsor to introduce them in Awareness.");
        Add(findings, rooms, CulturePattern.EconomicBuyerDelegates, EconomicBuyerDelegated,
            "The economic buyer delegates the decision",
            "Find the delegate early and secure them as you would the economic buyer.");
        Add(findings, rooms, CulturePattern.CommitteeDecides, CommitteeDecided,
            "Decisions are taken by a committee",
            "Map every member of the committee and give each a reason to say yes; no single sponsor carries it.");
        return findings;
    }

    /// <summary>A procurement stakeholder joined in Buying or later.</summary>
    public static bool ProcurementJoinedLate(RoomState state) =>
        state.Stakeholders.Values.Any(s => s.BuyingRole == BuyingRole.Procurement && s.PhaseJoined is JourneyPhase.Buying or JourneyPhase.ImplementationAndAdoption);

    /// <summary>An economic buyer has delegated to someone.</summary>
    public static bool EconomicBuyerDelegated(RoomState state) =>
        state.Relationships.Values.Any(r => r.Kind == RelationshipKind.DelegatedTo
            && state.Stakeholders.TryGetValue(r.FromId, out var from) && from.BuyingRole == BuyingRole.EconomicBuyer);

    /// <summary>Two or more active decision makers.</summary>
    public static bool CommitteeDecided(RoomState state) =>
        state.Stakeholders.Values.Count(s => s.IsActive && s.BuyingRole == BuyingRole.DecisionMaker) >= 2;

    private static void Add(
        List<CultureFinding> findings, IReadOnlyList<AccountRoom> rooms, CulturePattern pattern, Func<RoomState, bool> shows, string title, string approach)
    {
        var showing = rooms.Where(r => shows(r.State)).Select(r => new RoomRef(r.RoomId, r.Name)).ToList();
        if (showing.Count >= Repeats)
        {
            findings.Add(new CultureFinding(pattern, $"{title} (in {showing.Count} of {rooms.Count} opportunities)", approach, showing, rooms.Count));
        }
    }
}
