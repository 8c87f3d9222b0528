namespace DealRoom.Web.Features.Experts;

/// <summary>How a room's deal ended, who recorded it and when.</summary>
public sealed record RoomOutcomeDto(string RoomId, string Outcome, DateOnly ClosedOn, string RecordedByName, DateTimeOffset RecordedAt)
{
    public static RoomOutcomeDto From(RoomOutcomeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RoomOutcomeDto(record.RoomId, record.Outcome.ToString(), record.ClosedOn, record.RecordedByName, record.RecordedAt);
    }
}
