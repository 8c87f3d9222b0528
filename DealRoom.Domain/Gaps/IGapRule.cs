using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Gaps;

/// <summary>One rule of the gap catalogue. Rules are stateless; the engine calls them with a shared context.</summary>
public interface IGapRule
{
    /// <summary>The catalogue id, e.g. "C1".</summary>
    string Id { get; }

    Dynamics Dynamics { get; }

    /// <summary>The usual severity of its findings; a rule may raise or lower it for a particular finding.</summary>
    Severity Severity { get; }

    /// <summary>The journey phases the rule fires in.</summary>
    IReadOnlyList<JourneyPhase> Phases { get; }

    /// <summary>Adds this rule's findings for the room in <paramref name="context"/> to <paramref name="findings"/>.</summary>
    void Evaluate(GapContext context, List<Gap> findings);
}
