namespace DealRoom.Web.Persistence.Entities;

/// <summary>A deal room's metadata. Its content lives in the operation log and snapshots.</summary>
public sealed class RoomRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? AccountId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
