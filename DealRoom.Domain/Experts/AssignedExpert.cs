namespace DealRoom.Domain.Experts;

/// <summary>
/// An expert assigned to a room: their directory areas, their weekly capacity and the hours allocated to them across
/// every room (not only this one), so that a rule can tell the expert is stretched.
/// </summary>
public sealed record AssignedExpert(string UserId, string Name, IReadOnlyList<string> Areas, int CapacityHours, int AllocatedHours)
{
    public bool OverCapacity => AllocatedHours > CapacityHours;
}
