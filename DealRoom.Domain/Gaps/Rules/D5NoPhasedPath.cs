using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>D5: no Milestone has a "step of" link to a Future state.</summary>
public sealed class D5NoPhasedPath() : GapRule("D5", Dynamics.Decision, Severity.Warning, Buying)
{
    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        foreach (var milestone in context.ElementsOf(VisionElementType.Milestone))
        {
            foreach (var link in context.LinksFrom(milestone.Id))
            {
                if (link.Kind == VisionLinkKind.StepOf && context.Element(link.ToId) is { Type: VisionElementType.FutureState })
                {
                    return;
                }
            }
        }

        findings.Add(Finding(
            "No phased path: no milestone leads to the future state",
            "A group commits to a big change more readily when it sees the way there in safe steps with early results.",
            "Sketch two or three milestones with the customer and link them as steps of the future state.",
            Fingerprint.Of("no-path")));
    }
}
