namespace DealRoom.Domain.Gaps;

/// <summary>
/// A finding of a gap rule: what the team does not yet know or has not yet done. Not an error.
/// </summary>
/// <param name="Id">Stable: the rule id, then the sorted element ids, e.g. "C1:sh-ana" (just "C3" for a room-level gap).</param>
/// <param name="ElementIds">The elements the gap points at, sorted.</param>
/// <param name="Title">Short, in a seller's words, naming the elements.</param>
/// <param name="Why">One sentence: why it matters.</param>
/// <param name="NextStep">The navigation step that closes it.</param>
/// <param name="Fingerprint">A short hash of the facts behind the finding; an acknowledgement holds while it is unchanged.</param>
public sealed record Gap(
    string Id,
    string RuleId,
    Dynamics Dynamics,
    Severity Severity,
    IReadOnlyList<string> ElementIds,
    string Title,
    string Why,
    string NextStep,
    string Fingerprint)
{
    /// <summary>The gap id for a rule and the elements it points at: "RULE" or "RULE:id1,id2" with ids sorted ordinally.</summary>
    public static string MakeId(string ruleId, IReadOnlyList<string> sortedElementIds) =>
        sortedElementIds.Count == 0 ? ruleId : ruleId + ":" + string.Join(',', sortedElementIds);

    /// <summary>The rule id part of a gap id.</summary>
    public static string RuleIdOf(string gapId)
    {
        var colon = gapId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? gapId : gapId[..colon];
    }
}
