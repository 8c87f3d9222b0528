using DealRoom.Domain.Accounts;
using DealRoom.Domain.Experts;
using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Gaps;

/// <summary>Runs the gap rules that apply in the room's phase and sorts their findings into open and acknowledged.</summary>
public static class GapEngine
{
    private static readonly Comparison<Gap> Order = static (a, b) =>
    {
        var bySeverity = b.Severity.CompareTo(a.Severity);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byDynamics = a.Dynamics.CompareTo(b.Dynamics);
        return byDynamics != 0 ? byDynamics : string.CompareOrdinal(a.Id, b.Id);
    };

    public static GapReport Evaluate(RoomState state) => Evaluate(state, GapCatalogue.Rules);

    /// <summary>The gaps of a room with what is known of its account (V4 reads the account's leads).</summary>
    public static GapReport Evaluate(RoomState state, AccountFacts? account) => Evaluate(state, GapCatalogue.Rules, account);

    /// <summary>
    /// The gaps of a room with its account's facts, the expert directory's facts of the room (E3–E5) and the time of
    /// the evaluation (E4 ages the open requests against it).
    /// </summary>
    public static GapReport Evaluate(RoomState state, AccountFacts? account, RoomExpertFacts? experts, DateTimeOffset? now) =>
        Evaluate(state, GapCatalogue.Rules, account, experts, now);

    public static GapReport Evaluate(
        RoomState state, IReadOnlyList<IGapRule> rules, AccountFacts? account = null, RoomExpertFacts? experts = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rules);

        var findings = Findings(GapContext.For(state, account, experts, now), rules);
        var open = new List<Gap>(findings.Count);
        var acknowledged = new List<Gap>();
        var tally = new int[Enum.GetValues<Dynamics>().Length, Enum.GetValues<Severity>().Length];
        foreach (var gap in findings)
        {
            if (state.Acknowledgements.TryGetValue(gap.Id, out var ack) && ack.Fingerprint == gap.Fingerprint)
            {
                acknowledged.Add(gap);
            }
            else
            {
                open.Add(gap);
                tally[(int)gap.Dynamics, (int)gap.Severity]++;
            }
        }

        open.Sort(Order);
        acknowledged.Sort(Order);
        var counts = new Dictionary<Dynamics, SeverityCounts>();
        foreach (var dynamics in Enum.GetValues<Dynamics>())
        {
            var d = (int)dynamics;
            counts.Add(dynamics, new SeverityCounts(tally[d, (int)Severity.Info], tally[d, (int)Severity.Warning], tally[d, (int)Severity.Critical]));
        }

        return new GapReport(open, acknowledged, counts);
    }

    /// <summary>
    /// The findings of the given rules that apply in the room's phase, unsorted. While the room has left Awareness
    /// early (<see cref="GapContext.LeftAwarenessEarly"/>), the rules of Awareness alone run in Buying too, and their
    /// findings say they are still open from Awareness: moving on does not do the homework.
    /// </summary>
    public static List<Gap> Findings(GapContext context, IReadOnlyList<IGapRule> rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);

        var findings = new List<Gap>();
        var phase = context.State.Phase;
        foreach (var rule in rules)
        {
            if (AppliesIn(rule, phase))
            {
                rule.Evaluate(context, findings);
            }
            else if (IsAwarenessOnly(rule) && context.LeftAwarenessEarly)
            {
                var from = findings.Count;
                rule.Evaluate(context, findings);
                for (var i = from; i < findings.Count; i++)
                {
                    findings[i] = findings[i] with { Title = StillOpen + findings[i].Title };
                }
            }
        }

        return findings;
    }

    /// <summary>The prefix of an Awareness finding carried into Buying.</summary>
    public const string StillOpen = "Still open from Awareness: ";

    public static bool AppliesIn(IGapRule rule, Stakeholders.JourneyPhase phase)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var p in rule.Phases)
        {
            if (p == phase)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAwarenessOnly(IGapRule rule) => rule.Phases is [Stakeholders.JourneyPhase.Awareness];
}
