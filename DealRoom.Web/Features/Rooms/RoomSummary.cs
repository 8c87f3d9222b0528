using DealRoom.Domain.Audience;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// What the rooms page shows of one room: its names, how big its maps are and, for the team, its open gaps by
/// dynamics. Built from a room's state; stored per room (<see cref="RoomSummaryWriter"/>) so listing many rooms never
/// loads them.
/// </summary>
public sealed record RoomSummary(
    string RoomId,
    long Version,
    string Name,
    string? CustomerName,
    int Stakeholders,
    int TeamMembers,
    int VisionElements,
    IReadOnlyDictionary<Dynamics, SeverityCounts>? OpenGaps)
{
    /// <summary>The team's view: every stakeholder and team member, and the open gaps.</summary>
    public static RoomSummary ForTeam(RoomState state, GapReport gaps) =>
        new(state.RoomId, state.Version, state.Profile.Name, state.Profile.CustomerName,
            state.Stakeholders.Count, state.TeamMembers.Count, state.VisionElements.Count, gaps.OpenCounts);

    /// <summary>A customer's view: counted in the customer projection (only what they may see), no team, no gaps.</summary>
    public static RoomSummary ForCustomer(RoomState state)
    {
        var projected = CustomerProjection.Project(state);
        return new(state.RoomId, state.Version, projected.Profile.Name, projected.Profile.CustomerName,
            projected.Stakeholders.Count, 0, projected.VisionElements.Count, null);
    }
}
