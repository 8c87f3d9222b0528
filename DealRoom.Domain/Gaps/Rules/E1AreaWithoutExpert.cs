using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// E1: a Challenge or Concept has an area, and no team member's expertise covers it (whole words or a synonym,
/// <see cref="ExpertiseMatch.Covers"/>).
/// </summary>
public sealed class E1AreaWithoutExpert() : GapRule("E1", Dynamics.Expert, Severity.Warning, EveryPhase)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        Check(context, context.ElementsOf(VisionElementType.Challenge), findings);
        Check(context, context.ElementsOf(VisionElementType.Concept), findings);
    }

    private void Check(GapContext context, IReadOnlyList<VisionElement> elements, List<Gap> findings)
    {
        foreach (var e in elements)
        {
            if (e.Area is not { } area || string.IsNullOrWhiteSpace(area) || context.TeamHasExpertise(area))
            {
                continue;
            }

            area = area.Trim();
            findings.Add(Finding(
                $"Nobody on the team has {area} expertise for {GapText.What(e)}",
                "Without someone who knows the area, the team cannot bring a credible perspective on this part of the customer's situation.",
                $"Ask the executive account manager to bring a {area} expert into the room, and record their expertise.",
                Fingerprint.Of(area.ToUpperInvariant()),
                e.Id));
        }
    }
}
