namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// The team's summary of a room at one version, for the rooms page (see <c>RoomSummary</c>): kept up to date by the
/// nodes that have the room open, so listing rooms reads this table instead of loading every room.
/// </summary>
public sealed class RoomSummaryRecord
{
    public required string RoomId { get; set; }
    public long Version { get; set; }
    public required string Name { get; set; }
    public string? CustomerName { get; set; }
    public int Stakeholders { get; set; }
    public int TeamMembers { get; set; }
    public int VisionElements { get; set; }

    /// <summary>Open gaps per dynamics as JSON: <c>{"Change":{"info":0,"warning":1,"critical":0},…}</c>.</summary>
    public required string OpenGaps { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
