namespace DealRoom.Web.Persistence;

/// <summary>A customer account: the entity whose opportunities are deal rooms.</summary>
public sealed class AccountRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Industry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A deal room's metadata. Its content lives in the operation log and snapshots.</summary>
public sealed class RoomRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? AccountId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

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

/// <summary>The canonical state of a room at one version, so loading needs only the operations after it.</summary>
public sealed class SnapshotRecord
{
    public long Id { get; set; }
    public required string RoomId { get; set; }
    public long Version { get; set; }
    public required string State { get; set; }
    public DateTimeOffset At { get; set; }
}

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
