using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps;

/// <summary>The common part of every rule: its identity and a helper that builds findings with stable ids.</summary>
public abstract class GapRule : IGapRule
{
    protected static readonly IReadOnlyList<JourneyPhase> Awareness = [JourneyPhase.Awareness];
    protected static readonly IReadOnlyList<JourneyPhase> AwarenessAndBuying = [JourneyPhase.Awareness, JourneyPhase.Buying];
    protected static readonly IReadOnlyList<JourneyPhase> Buying = [JourneyPhase.Buying];
    protected static readonly IReadOnlyList<JourneyPhase> Adoption = [JourneyPhase.ImplementationAndAdoption];
    protected static readonly IReadOnlyList<JourneyPhase> EveryPhase =
        [JourneyPhase.Awareness, JourneyPhase.Buying, JourneyPhase.ImplementationAndAdoption];

    protected GapRule(string id, Dynamics dynamics, Severity severity, IReadOnlyList<JourneyPhase> phases)
    {
        Id = id;
        Dynamics = dynamics;
        Severity = severity;
        Phases = phases;
    }

    public string Id { get; }

    public Dynamics Dynamics { get; }

    public Severity Severity { get; }

    public IReadOnlyList<JourneyPhase> Phases { get; }

    public abstract void Evaluate(GapContext context, List<Gap> findings);

    /// <summary>A finding of this rule at its default severity.</summary>
    protected Gap Finding(string title, string why, string nextStep, string fingerprint, params ReadOnlySpan<string> elementIds) =>
        Finding(Severity, title, why, nextStep, fingerprint, elementIds);

    /// <summary>A finding of this rule at the given severity.</summary>
    protected Gap Finding(Severity severity, string title, string why, string nextStep, string fingerprint, params ReadOnlySpan<string> elementIds)
    {
        var ids = elementIds.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        return new Gap(Gap.MakeId(Id, ids), Id, Dynamics, severity, ids, title, why, nextStep, fingerprint);
    }
}
