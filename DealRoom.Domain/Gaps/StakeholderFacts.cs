namespace DealRoom.Domain.Gaps;

/// <summary>What the room records around one stakeholder, gathered once per evaluation.</summary>
public sealed class StakeholderFacts
{
    private static readonly IReadOnlyList<string> None = [];

    private List<string>? _coveringMembers;
    private List<string>? _conceptsHeld;
    private List<string>? _perspectivesEndorsed;

    /// <summary>Team member ids that cover the stakeholder.</summary>
    public IReadOnlyList<string> CoveringMembers => _coveringMembers ?? None;

    /// <summary>Concept ids the stakeholder holds.</summary>
    public IReadOnlyList<string> ConceptsHeld => _conceptsHeld ?? None;

    /// <summary>Perspective ids the stakeholder endorses.</summary>
    public IReadOnlyList<string> PerspectivesEndorsed => _perspectivesEndorsed ?? None;

    public bool IsCovered => _coveringMembers is not null;

    public bool WantsResult { get; internal set; }

    public bool GainsWin { get; internal set; }

    public bool EndorsesMetric { get; internal set; }

    internal void AddCoveringMember(string id) => (_coveringMembers ??= []).Add(id);

    internal void AddConcept(string id) => (_conceptsHeld ??= []).Add(id);

    internal void AddPerspective(string id) => (_perspectivesEndorsed ??= []).Add(id);
}
