using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Rooms;

/// <summary>New cards from the toolbar, each placed in free space near the middle of the visible map.</summary>
public partial class RoomPage
{
    private Task AddStakeholderNearCentreAsync()
    {
        var id = Ids.New("sh");
        var (x, y) = PlaceNew(_stakeholderMap, id, StakeholderNode.CardSize);
        return SubmitAsync(new AddStakeholder(id, x, y, Named("name", "New stakeholder")));
    }

    private Task AddTeamMemberNearCentreAsync()
    {
        var id = Ids.New("tm");
        var (x, y) = PlaceNew(_stakeholderMap, id, TeamMemberNode.CardSize);
        return SubmitAsync(new AddTeamMember(id, x, y, Named("name", "New team member")));
    }

    private Task AddVisionElementNearCentreAsync(VisionElementType type)
    {
        var id = Ids.New("ve");
        var (x, y) = PlaceNew(_visionMap, id, VisionNode.CardSize);
        return SubmitAsync(new AddVisionElement(id, type, x, y, Named("title", $"New {Shared.Labels.Type(type).ToLowerInvariant()}")));
    }

    private static (double X, double Y) PlaceNew(CanvasAdapter? adapter, string id, Blazor.Diagrams.Core.Geometry.Size size) =>
        adapter?.PlaceNew(id, size) ?? (40, 40);
}
