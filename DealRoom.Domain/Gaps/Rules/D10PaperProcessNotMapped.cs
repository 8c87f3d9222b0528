using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps.Rules;

/// <summary>
/// D10: the profile's paper process is empty and no Milestone's title or area mentions procurement, legal, contract,
/// signature or purchase order.
/// </summary>
public sealed class D10PaperProcessNotMapped() : GapRule("D10", Dynamics.Decision, Severity.Warning, Buying)
{
    private static readonly string[] PaperWords = ["procurement", "legal", "contract", "signature", "purchase order"];

    public override void Evaluate(GapContext context, List<Gap> findings)
    {
        if (GapText.HasText(context.State.Profile.PaperProcess))
        {
            return;
        }

        foreach (var milestone in context.ElementsOf(VisionElementType.Milestone))
        {
            if (MentionsPaper(milestone.Title) || MentionsPaper(milestone.Area))
            {
                return;
            }
        }

        findings.Add(Finding(
            "The paper process to signature is not mapped",
            "Unmapped procurement and legal steps are where agreed deals slip a quarter.",
            "Ask procurement and legal which approvals, reviews and signatures are needed, and record the paper process in the room profile or as milestones.",
            Fingerprint.Of("no-paper-process")));
    }

    private static bool MentionsPaper(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var word in PaperWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
