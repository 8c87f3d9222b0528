namespace DealRoom.Domain.Gaps.Rules;

/// <summary>B3: at least three active stakeholders are mapped and none is a Skeptic or Blocker.</summary>
public sealed class B3NoOppositionMapped() : GapRule("B3", Dynamics.BuyingGroup, Severity.Info, EveryPhase)
{
    /// <summary>Below this many stakeholders the map is too young to call the absence of opposition a blind spot.</summary>
    public const int MinimumStakeholders = 3;

    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (context.Active.Count < MinimumStakeholders)
        {
            return;
        }

        foreach (var s in context.Active)
        {
            if (GapText.IsOpposed(s))
            {
                return;
            }
        }

        findings.Add(Finding(
            $"No skeptic or blocker mapped among {GapText.N(context.Active.Count)} stakeholders",
            "Every change has opponents, so seeing none is a blind spot, not good news.",
            "Ask your champion who loses from this change or prefers another option, and map their stance honestly.",
            Fingerprint.Of("no-opposition")));
    }
}
