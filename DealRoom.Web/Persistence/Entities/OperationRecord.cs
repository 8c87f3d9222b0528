namespace DealRoom.Web.Persistence.Entities;

/// <summary>One applied operation: the room's durable history, unique on (room, version) and (room, opId).</summary>
public sealed class OperationRecord
{
    public long Id { get; set; }
    public required string RoomId { get; set; }
    public long Version { get; set; }
    public required string OpId { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
}
