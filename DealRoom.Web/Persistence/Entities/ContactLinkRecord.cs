namespace DealRoom.Web.Persistence.Entities;

/// <summary>The team's statement that two stakeholders of the account's rooms are one person (see <c>ContactLink</c>).</summary>
public sealed class ContactLinkRecord
{
    public long Id { get; set; }
    public required string AccountId { get; set; }
    public required string RoomId { get; set; }
    public required string StakeholderId { get; set; }
    public required string OtherRoomId { get; set; }
    public required string OtherStakeholderId { get; set; }
    public required string CreatedByName { get; set; }
    public DateTimeOffset At { get; set; }
}
