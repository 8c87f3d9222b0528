using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps;

/// <summary>
/// Indexes over one room state, built once per evaluation and shared by every rule, so that no rule scans the
/// whole room to answer "who covers her?" or "what measures this result?".
/// </summary>
public sealed class GapContext
{
    private static readonly IReadOnlyList<VisionLink> NoLinks = [];
    private static readonly IReadOnlyList<string> NoIds = [];

    private readonly Dictionary<string, StakeholderFacts> _facts;
    private readonly Dictionary<string, VisionElement> _elements;
    private readonly List<VisionElement>[] _elementsByType;
    private readonly Dictionary<string, List<VisionLink>> _linksFrom;
    private readonly HashSet<string> _mitigatedRisks;
    private readonly Dictionary<string, List<string>> _endorsers;
    private readonly List<string> _expertise;
    private readonly Dictionary<string, bool> _expertiseMatches = new(StringComparer.OrdinalIgnoreCase);

    private GapContext(RoomState state)
    {
        State = state;
        var active = new List<Stakeholder>(state.Stakeholders.Count);
        var key = new List<Stakeholder>();
        _facts = new Dictionary<string, StakeholderFacts>(state.Stakeholders.Count, StringComparer.Ordinal);
        foreach (var s in state.Stakeholders.Values)
        {
            _facts.Add(s.Id, new StakeholderFacts());
            if (s.IsActive)
            {
                active.Add(s);
                if (s.IsKey)
                {
                    key.Add(s);
                }
            }
        }

        // Sorted so that findings and fingerprints never depend on dictionary order.
        active.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        key.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Active = active;
        ActiveKey = key;

        _elements = new Dictionary<string, VisionElement>(state.VisionElements.Count, StringComparer.Ordinal);
        _elementsByType = new List<VisionElement>[Enum.GetValues<VisionElementType>().Length];
        for (var i = 0; i < _elementsByType.Length; i++)
        {
            _elementsByType[i] = [];
        }

        foreach (var e in state.VisionElements.Values)
        {
            _elements.Add(e.Id, e);
            _elementsByType[(int)e.Type].Add(e);
        }

        foreach (var list in _elementsByType)
        {
            list.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        }

        foreach (var c in state.Coverages.Values)
        {
            _facts[c.StakeholderId].AddCoveringMember(c.TeamMemberId);
        }

        _endorsers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in state.Endorsements.Values)
        {
            var facts = _facts[e.StakeholderId];
            switch (e.Kind)
            {
                case EndorsementKind.Holds:
                    facts.AddConcept(e.ElementId);
                    break;
                case EndorsementKind.Wants:
                    facts.WantsResult = true;
                    break;
                case EndorsementKind.Gains:
                    facts.GainsWin = true;
                    break;
                default:
                    var type = _elements[e.ElementId].Type;
                    facts.EndorsesMetric |= type == VisionElementType.Metric;
                    if (type == VisionElementType.Perspective)
                    {
                        facts.AddPerspective(e.ElementId);
                    }

                    if (!_endorsers.TryGetValue(e.ElementId, out var endorsers))
                    {
                        _endorsers.Add(e.ElementId, endorsers = []);
                    }

                    endorsers.Add(e.StakeholderId);
                    break;
            }
        }

        _linksFrom = new Dictionary<string, List<VisionLink>>(StringComparer.Ordinal);
        _mitigatedRisks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in state.VisionLinks.Values)
        {
            if (!_linksFrom.TryGetValue(l.FromId, out var links))
            {
                _linksFrom.Add(l.FromId, links = []);
            }

            links.Add(l);
            if (l.Kind == VisionLinkKind.Mitigates)
            {
                _mitigatedRisks.Add(l.ToId);
            }
        }

        var delegations = new List<Relationship>();
        foreach (var r in state.Relationships.Values)
        {
            if (r.Kind == RelationshipKind.DelegatedTo)
            {
                delegations.Add(r);
            }
        }

        delegations.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Delegations = delegations;

        var team = new List<TeamMember>(state.TeamMembers.Values);
        team.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Team = team;
        _expertise = [];
        foreach (var member in team)
        {
            _expertise.AddRange(member.ExpertiseAreas);
        }

        GoLive = FindGoLive(state);
    }

    public RoomState State { get; }

    /// <summary>The stakeholders still in the buying group, by id.</summary>
    public IReadOnlyList<Stakeholder> Active { get; }

    /// <summary>The active key stakeholders (<see cref="Stakeholder.IsKey"/>), by id.</summary>
    public IReadOnlyList<Stakeholder> ActiveKey { get; }

    /// <summary>The deal team, by id.</summary>
    public IReadOnlyList<TeamMember> Team { get; }

    /// <summary>Every "delegated to" relationship, by id.</summary>
    public IReadOnlyList<Relationship> Delegations { get; }

    /// <summary>The day the room last moved into Implementation and adoption, if it did.</summary>
    public DateOnly? GoLive { get; }

    public static GapContext For(RoomState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new GapContext(state);
    }

    public StakeholderFacts FactsOf(string stakeholderId) => _facts[stakeholderId];

    public VisionElement? Element(string id) => _elements.GetValueOrDefault(id);

    /// <summary>The vision elements of one type, by id.</summary>
    public IReadOnlyList<VisionElement> ElementsOf(VisionElementType type) => _elementsByType[(int)type];

    public IReadOnlyList<VisionLink> LinksFrom(string elementId) =>
        _linksFrom.TryGetValue(elementId, out var links) ? links : NoLinks;

    /// <summary>The stakeholders who endorse an element (kind Endorses).</summary>
    public IReadOnlyList<string> EndorsersOf(string elementId) =>
        _endorsers.TryGetValue(elementId, out var ids) ? ids : NoIds;

    public bool IsMitigated(string riskId) => _mitigatedRisks.Contains(riskId);

    /// <summary>True when a desired result has a "measured by" link to a metric with a target value.</summary>
    public bool HasMetricWithTarget(string resultId)
    {
        foreach (var link in LinksFrom(resultId))
        {
            if (link.Kind == VisionLinkKind.MeasuredBy && Element(link.ToId) is { TargetValue: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an element has a "measured by" link to any metric.</summary>
    public bool HasMetric(string resultId)
    {
        foreach (var link in LinksFrom(resultId))
        {
            if (link.Kind == VisionLinkKind.MeasuredBy)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when some team member's expertise area matches <paramref name="area"/>: equal, or one contains the
    /// other, ignoring case ("Finance" matches "Corporate finance").
    /// </summary>
    public bool TeamHasExpertise(string area)
    {
        var wanted = area.Trim();
        if (_expertiseMatches.TryGetValue(wanted, out var known))
        {
            return known;
        }

        var found = false;
        foreach (var expertise in _expertise)
        {
            if (expertise.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                || wanted.Contains(expertise, StringComparison.OrdinalIgnoreCase))
            {
                found = true;
                break;
            }
        }

        _expertiseMatches.Add(wanted, found);
        return found;
    }

    private static DateOnly? FindGoLive(RoomState state)
    {
        for (var i = state.PhaseHistory.Count - 1; i >= 0; i--)
        {
            if (state.PhaseHistory[i].To == JourneyPhase.ImplementationAndAdoption)
            {
                return DateOnly.FromDateTime(state.PhaseHistory[i].At.UtcDateTime);
            }
        }

        return null;
    }
}
