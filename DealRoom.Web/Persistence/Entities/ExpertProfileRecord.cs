namespace DealRoom.Web.Persistence.Entities;

/// <summary>A user's weekly capacity for deal work, in the expert directory.</summary>
public sealed class ExpertProfileRecord
{
    public required string UserId { get; set; }
    public int CapacityHours { get; set; }
}
