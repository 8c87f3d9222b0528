namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// The room version a person last had open, for "since your last visit". <see cref="UserKey"/> is the team user's
/// id, or <c>invitation:{id}</c> for an invited customer.
/// </summary>
public sealed class RoomVisitRecord
{
    public required string RoomId { get; set; }
    public required string UserKey { get; set; }
    public long Version { get; set; }
    public DateTimeOffset At { get; set; }
}
