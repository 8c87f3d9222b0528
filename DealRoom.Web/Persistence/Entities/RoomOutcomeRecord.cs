using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// How a room's deal ended, recorded by an owner or editor: one row per room, replaced when corrected and removed when
/// the deal reopens. Kept outside the op log because it is the team's record about the room, never the customer's,
/// and the expert ranking reads it across rooms.
/// </summary>
public sealed class RoomOutcomeRecord
{
    public required string RoomId { get; set; }
    public DealOutcome Outcome { get; set; }

    /// <summary>The day the deal ended (signed, lost or shelved).</summary>
    public DateOnly ClosedOn { get; set; }

    public required string RecordedByUserId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
