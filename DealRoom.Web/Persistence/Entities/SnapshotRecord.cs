namespace DealRoom.Web.Persistence.Entities;

/// <summary>The canonical state of a room at one version, so loading needs only the operations after it.</summary>
public sealed class SnapshotRecord
{
    public long Id { get; set; }
    public required string RoomId { get; set; }
    public long Version { get; set; }
    public required string State { get; set; }
    public DateTimeOffset At { get; set; }
}
