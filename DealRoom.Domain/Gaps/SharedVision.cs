using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Gaps;

/// <summary>
/// Whether the room has a shared vision: a Future state endorsed by every active key stakeholder (at least one), and
/// every Desired result measured by a Metric with a target value.
/// </summary>
public sealed class SharedVision
{
    private SharedVision(VisionElement? futureState, List<Stakeholder> missingEndorsers, List<VisionElement> unmeasuredResults, bool noKeyStakeholders)
    {
        FutureState = futureState;
        MissingEndorsers = missingEndorsers;
        UnmeasuredResults = unmeasuredResults;
        NoKeyStakeholders = noKeyStakeholders;
    }

    /// <summary>The future state closest to shared (most key endorsers, then lowest id), if any.</summary>
    public VisionElement? FutureState { get; }

    /// <summary>Active key stakeholders who do not endorse <see cref="FutureState"/>.</summary>
    public IReadOnlyList<Stakeholder> MissingEndorsers { get; }

    /// <summary>Desired results with no metric that has a target.</summary>
    public IReadOnlyList<VisionElement> UnmeasuredResults { get; }

    public bool NoKeyStakeholders { get; }

    public bool Exists => IsEndorsed && UnmeasuredResults.Count == 0;

    /// <summary>The first half of a shared vision: a Future state every active key stakeholder (at least one) endorses.</summary>
    public bool IsEndorsed => FutureState is not null && !NoKeyStakeholders && MissingEndorsers.Count == 0;

    /// <summary>How many active key stakeholders endorse <see cref="FutureState"/>.</summary>
    public int KeyEndorsers { get; private init; }

    public static SharedVision Assess(GapContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        VisionElement? best = null;
        var bestCount = -1;
        foreach (var fs in context.ElementsOf(VisionElementType.FutureState))
        {
            var count = 0;
            foreach (var id in context.EndorsersOf(fs.Id))
            {
                if (context.Stakeholder(id) is { IsActive: true, IsKey: true })
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                (best, bestCount) = (fs, count);
            }
        }

        var missing = new List<Stakeholder>();
        if (best is not null)
        {
            var endorsers = new HashSet<string>(context.EndorsersOf(best.Id), StringComparer.Ordinal);
            foreach (var s in context.ActiveKey)
            {
                if (!endorsers.Contains(s.Id))
                {
                    missing.Add(s);
                }
            }
        }

        var unmeasured = new List<VisionElement>();
        foreach (var result in context.ElementsOf(VisionElementType.DesiredResult))
        {
            if (!context.HasMetricWithTarget(result.Id))
            {
                unmeasured.Add(result);
            }
        }

        return new SharedVision(best, missing, unmeasured, context.ActiveKey.Count == 0) { KeyEndorsers = Math.Max(bestCount, 0) };
    }

    /// <summary>The step that brings the room closest to a shared vision (without measurement: only its endorsed half).</summary>
    public string NextStep(bool measurement = true)
    {
        var steps = new List<string>();
        if (NoKeyStakeholders)
        {
            steps.Add("Identify the key stakeholders (sponsor, economic buyer, decision makers)");
        }

        if (FutureState is null)
        {
            steps.Add("Draft the Future state with the customer and get every key stakeholder to endorse it");
        }
        else if (MissingEndorsers.Count > 0)
        {
            var names = new List<string>(MissingEndorsers.Count);
            foreach (var s in MissingEndorsers)
            {
                names.Add(s.Name);
            }

            steps.Add($"Get {GapText.Names(names)} to endorse {GapText.What(FutureState)}");
        }

        if (measurement && UnmeasuredResults.Count == 1)
        {
            steps.Add($"measure {GapText.What(UnmeasuredResults[0])} with a metric that has a target");
        }
        else if (measurement && UnmeasuredResults.Count > 1)
        {
            steps.Add($"measure {GapText.N(UnmeasuredResults.Count)} desired results with metrics that have targets");
        }

        var text = string.Join("; ", steps);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>The facts: which future state, who is missing, which results are unmeasured (unless left out).</summary>
    public string Fingerprint(bool measurement = true)
    {
        var missing = new List<string>(MissingEndorsers.Count);
        foreach (var s in MissingEndorsers)
        {
            missing.Add(s.Id);
        }

        var results = new List<string>(UnmeasuredResults.Count);
        foreach (var r in measurement ? UnmeasuredResults : [])
        {
            results.Add(r.Id);
        }

        return Gaps.Fingerprint.Of(
            FutureState?.Id, NoKeyStakeholders ? "no-keys" : "-", Gaps.Fingerprint.Set(missing), Gaps.Fingerprint.Set(results));
    }
}
