using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Gaps;

/// <summary>
/// What the gap rules read. No rule reads a card's place on a map, the comment threads and suggestions, or how
/// changes are grouped for undo, so an operation that changes only those cannot change the findings: the session
/// skips the evaluation (1–2 ms and 2–3 MB on a 500-stakeholder room) after a batch of them, such as a drag's drop.
/// Accepting a suggestion applies its change, so it is not one of them.
/// </summary>
public static class GapInputs
{
    /// <summary>True when applying <paramref name="operation"/> may change the room's gap findings.</summary>
    public static bool MayChangeFindings(Operation operation) => operation is not (
        MoveNode or StartThread or ReplyToThread or ResolveThread or ReopenThread or SuggestChange or DeclineSuggestion or GroupChanges);
}
