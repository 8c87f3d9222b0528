using DealRoom.Domain.Accounts;
using DealRoom.Domain.Experts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps;

/// <summary>
/// Indexes over one room state, shared by every rule of one evaluation, so that no rule scans the whole room to
/// answer "who covers her?" or "what measures this result?". Each index is built on first use, so a single rule
/// (a fingerprint for an acknowledgement) pays only for what it reads. Not thread-safe: one evaluation, one thread.
/// </summary>
public sealed class GapContext
{
    private static readonly IReadOnlyList<VisionLink> NoLinks = [];
    private static readonly IReadOnlyList<string> NoIds = [];
    private static readonly StakeholderFacts NoFacts = new();

    private readonly Dictionary<string, Stakeholder> _stakeholders;
    private Dictionary<string, Stakeholder>? _baseline;
    private Dictionary<string, StakeholderFacts>? _facts;
    private Dictionary<string, List<string>>? _endorsers;
    private Dictionary<string, VisionElement>? _elements;
    private List<VisionElement>[]? _elementsByType;
    private Dictionary<string, List<VisionLink>>? _linksFrom;
    private HashSet<string>? _mitigatedRisks;
    private List<Relationship>? _delegations;
    private List<TeamMember>? _team;
    private TeamExpertise? _teamExpertise;
    private Membership? _membership;
    private SharedVision? _sharedVision;

    private GapContext(RoomState state, AccountFacts? account, RoomExpertFacts? experts, DateTimeOffset? now)
    {
        State = state;
        Account = account;
        Experts = experts;
        Now = now;
        var active = new List<Stakeholder>(state.Stakeholders.Count);
        var key = new List<Stakeholder>();
        _stakeholders = new Dictionary<string, Stakeholder>(state.Stakeholders.Count, StringComparer.Ordinal);
        foreach (var s in state.Stakeholders.Values)
        {
            _stakeholders.Add(s.Id, s);
            if (s.IsActive)
            {
                active.Add(s);
                if (s.IsKey)
                {
                    key.Add(s);
                }
            }
        }

        // Sorted so that findings never depend on dictionary order.
        active.Sort(ById);
        key.Sort(ById);
        Active = active;
        ActiveKey = key;
        GoLive = FindGoLive(state);
    }

    public RoomState State { get; }

    /// <summary>What is known of the room's account (its portfolio), or null when the room belongs to no account.</summary>
    public AccountFacts? Account { get; }

    /// <summary>
    /// What the expert directory knows of the room (assigned experts, open requests), or null when the caller did not
    /// read it: E3–E5 then stay silent rather than guess.
    /// </summary>
    public RoomExpertFacts? Experts { get; }

    /// <summary>The time of the evaluation, from the caller's clock (the domain reads none); null when not given.</summary>
    public DateTimeOffset? Now { get; }

    /// <summary>The stakeholders still in the buying group, by id.</summary>
    public IReadOnlyList<Stakeholder> Active { get; }

    /// <summary>The active key stakeholders (<see cref="Stakeholder.IsKey"/>), by id.</summary>
    public IReadOnlyList<Stakeholder> ActiveKey { get; }

    /// <summary>The day the room last moved into Implementation and adoption, if it did.</summary>
    public DateOnly? GoLive { get; }

    /// <summary>The deal team, by id.</summary>
    public IReadOnlyList<TeamMember> Team => _team ??= SortedTeam();

    /// <summary>Who joined in the current phase, and how to name the baseline.</summary>
    public Membership Membership => _membership ??= Membership.For(this);

    /// <summary>How close the room is to a shared vision, assessed once per evaluation.</summary>
    public SharedVision SharedVision => _sharedVision ??= SharedVision.Assess(this);

    /// <summary>
    /// The decision to change is recorded: the room profile says it, or the room's move into Buying gave a reason
    /// (a phase-change reason such as "Decision to change signed off by the CFO" is the team's own record of it).
    /// </summary>
    public bool DecisionToChangeRecorded
    {
        get
        {
            if (GapText.HasText(State.Profile.DecisionToChange))
            {
                return true;
            }

            // The last move from Awareness into Buying speaks for the current stint in Buying.
            var change = State.PhaseHistory.FindLast(c => c is { From: JourneyPhase.Awareness, To: JourneyPhase.Buying });
            return GapText.HasText(change?.Reason);
        }
    }

    /// <summary>
    /// The room is in Buying though Awareness is not done: no decision to change recorded (C8), or no future state
    /// every key stakeholder endorses (C7). Awareness's own findings then stay open in Buying.
    /// </summary>
    public bool LeftAwarenessEarly =>
        State.Phase == JourneyPhase.Buying && (!DecisionToChangeRecorded || !SharedVision.IsEndorsed);

    /// <summary>Every "delegated to" relationship, by id.</summary>
    public IReadOnlyList<Relationship> Delegations => _delegations ??= FindDelegations();

    public static GapContext For(RoomState state, AccountFacts? account = null, RoomExpertFacts? experts = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new GapContext(state, account, experts, now);
    }

    /// <summary>The team member card linked to a user, or null (the first by id when several are).</summary>
    public TeamMember? MemberOfUser(string userId)
    {
        foreach (var member in Team)
        {
            if (member.UserId == userId)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Any stakeholder of the room, active or not.</summary>
    public Stakeholder? Stakeholder(string id) => _stakeholders.GetValueOrDefault(id);

    /// <summary>A stakeholder as the baseline holds it, or null (also when there is no baseline).</summary>
    public Stakeholder? BaselineStakeholder(string id)
    {
        if (State.Baseline is not { } baseline)
        {
            return null;
        }

        _baseline ??= new Dictionary<string, Stakeholder>(baseline.Stakeholders, StringComparer.Ordinal);
        return _baseline.GetValueOrDefault(id);
    }

    /// <summary>Coverage, concepts held, results wanted, wins gained and metrics endorsed by one stakeholder.</summary>
    public StakeholderFacts FactsOf(string stakeholderId)
    {
        if (_facts is null)
        {
            BuildFacts();
        }

        return _facts!.GetValueOrDefault(stakeholderId, NoFacts);
    }

    /// <summary>The stakeholders who endorse an element (kind Endorses).</summary>
    public IReadOnlyList<string> EndorsersOf(string elementId)
    {
        if (_endorsers is null)
        {
            BuildFacts();
        }

        return _endorsers!.TryGetValue(elementId, out var ids) ? ids : NoIds;
    }

    public VisionElement? Element(string id)
    {
        if (_elements is null)
        {
            BuildElements();
        }

        return _elements!.GetValueOrDefault(id);
    }

    /// <summary>The vision elements of one type, by id.</summary>
    public IReadOnlyList<VisionElement> ElementsOf(VisionElementType type)
    {
        if (_elementsByType is null)
        {
            BuildElements();
        }

        return _elementsByType![(int)type];
    }

    public IReadOnlyList<VisionLink> LinksFrom(string elementId)
    {
        if (_linksFrom is null)
        {
            BuildLinks();
        }

        return _linksFrom!.TryGetValue(elementId, out var links) ? links : NoLinks;
    }

    public bool IsMitigated(string riskId)
    {
        if (_mitigatedRisks is null)
        {
            BuildLinks();
        }

        return _mitigatedRisks!.Contains(riskId);
    }

    /// <summary>True when an element has a "measured by" link to a metric with a target value.</summary>
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

    /// <summary>True when some team member's expertise covers <paramref name="area"/> (see <see cref="TeamExpertise"/>).</summary>
    public bool TeamHasExpertise(string area) => (_teamExpertise ??= new TeamExpertise(Team)).Covers(area);

    private static int ById(Stakeholder a, Stakeholder b) => string.CompareOrdinal(a.Id, b.Id);

    private void BuildElements()
    {
        var elements = State.VisionElements;
        _elements = new Dictionary<string, VisionElement>(elements.Count, StringComparer.Ordinal);
        _elementsByType = new List<VisionElement>[Enum.GetValues<VisionElementType>().Length];
        for (var i = 0; i < _elementsByType.Length; i++)
        {
            _elementsByType[i] = [];
        }

        foreach (var e in elements.Values)
        {
            _elements.Add(e.Id, e);
            _elementsByType[(int)e.Type].Add(e);
        }

        foreach (var list in _elementsByType)
        {
            list.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        }
    }

    private void BuildFacts()
    {
        var facts = new Dictionary<string, StakeholderFacts>(StringComparer.Ordinal);
        StakeholderFacts Of(string id)
        {
            if (!facts.TryGetValue(id, out var f))
            {
                facts.Add(id, f = new StakeholderFacts());
            }

            return f;
        }

        foreach (var c in State.Coverages.Values)
        {
            Of(c.StakeholderId).AddCoveringMember(c.TeamMemberId);
        }

        var endorsers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in State.Endorsements.Values)
        {
            var f = Of(e.StakeholderId);
            switch (e.Kind)
            {
                case EndorsementKind.Holds:
                    f.AddConcept(e.ElementId);
                    break;
                case EndorsementKind.Wants:
                    f.WantsResult = true;
                    break;
                case EndorsementKind.Gains:
                    f.GainsWin = true;
                    break;
                default:
                    var type = Element(e.ElementId)?.Type;
                    f.EndorsesMetric |= type == VisionElementType.Metric;
                    if (type == VisionElementType.Perspective)
                    {
                        f.AddPerspective(e.ElementId);
                    }

                    if (!endorsers.TryGetValue(e.ElementId, out var list))
                    {
                        endorsers.Add(e.ElementId, list = []);
                    }

                    list.Add(e.StakeholderId);
                    break;
            }
        }

        (_facts, _endorsers) = (facts, endorsers);
    }

    private void BuildLinks()
    {
        var linksFrom = new Dictionary<string, List<VisionLink>>(StringComparer.Ordinal);
        var mitigated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in State.VisionLinks.Values)
        {
            if (!linksFrom.TryGetValue(l.FromId, out var links))
            {
                linksFrom.Add(l.FromId, links = []);
            }

            links.Add(l);
            if (l.Kind == VisionLinkKind.Mitigates)
            {
                mitigated.Add(l.ToId);
            }
        }

        (_linksFrom, _mitigatedRisks) = (linksFrom, mitigated);
    }

    private List<Relationship> FindDelegations()
    {
        var delegations = new List<Relationship>();
        foreach (var r in State.Relationships.Values)
        {
            if (r.Kind == RelationshipKind.DelegatedTo)
            {
                delegations.Add(r);
            }
        }

        delegations.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return delegations;
    }

    private List<TeamMember> SortedTeam()
    {
        var team = new List<TeamMember>(State.TeamMembers.Values);
        team.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return team;
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
