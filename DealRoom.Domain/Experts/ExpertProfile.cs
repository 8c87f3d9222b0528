namespace DealRoom.Domain.Experts;

/// <summary>
/// A person in the expert directory as ranking sees them: their areas, capacity in hours per week, the hours already
/// allocated to open rooms, and their past deals (the ended rooms they were assigned to, and how many of those were won).
/// </summary>
public sealed record ExpertProfile(
    string UserId,
    string Name,
    IReadOnlyList<ExpertiseArea> Areas,
    int CapacityHours,
    int AllocatedHours,
    int PastDeals = 0,
    int PastDealsWon = 0)
{
    /// <summary>Hours per week not yet allocated; negative when over capacity.</summary>
    public int FreeHours => CapacityHours - AllocatedHours;

    public bool OverCapacity => AllocatedHours > CapacityHours;
}
