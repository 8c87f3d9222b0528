using DealRoom.Domain.Gaps;

namespace DealRoom.Domain.Rooms;

/// <summary>
/// The facts behind a gap, reduced to a fingerprint, so an acknowledgement can tell when they have changed.
/// The gap engine supplies it; a gap that does not fire now has no fingerprint.
/// </summary>
public static class GapFingerprints
{
    /// <summary>The fingerprint of the gap with this id in this state, or null if it does not fire.</summary>
    public static string? Of(RoomState state, string gapId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(gapId);

        // The id starts with its rule's id, so only that rule needs to run.
        if (GapCatalogue.Find(Gap.RuleIdOf(gapId)) is not { } rule)
        {
            return null;
        }

        foreach (var gap in GapEngine.Findings(GapContext.For(state), [rule]))
        {
            if (gap.Id == gapId)
            {
                return gap.Fingerprint;
            }
        }

        return null;
    }
}
