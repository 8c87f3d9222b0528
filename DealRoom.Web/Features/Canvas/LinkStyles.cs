using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Web.Features.Canvas;

/// <summary>How each kind of link looks: colour, width and label.</summary>
public static class LinkStyles
{
    public static void Apply(MapLink link, Relationship relationship)
    {
        link.Color = relationship.Kind switch
        {
            RelationshipKind.InConflictWith => "#e53935",
            RelationshipKind.AllyOf => "#43a047",
            RelationshipKind.DelegatedTo => "#8e24aa",
            RelationshipKind.Influences => "#fb8c00",
            _ => "#78909c",
        };
        link.Width = relationship.Strength switch
        {
            RelationshipStrength.Weak => 1.5,
            RelationshipStrength.Strong => 3.5,
            _ => 2.5,
        };
        link.LabelText = Labels.Of(relationship.Kind);
    }

    public static void Apply(MapLink link, Coverage coverage)
    {
        link.Color = "#00897b";
        link.Width = 2;
        link.LabelText = Labels.Of(coverage.CurrentLevel);
    }

    public static void Apply(MapLink link, VisionLink visionLink)
    {
        link.Color = visionLink.Kind == VisionLinkKind.Mitigates ? "#c62828" : "#5c6bc0";
        link.Width = 2;
        link.LabelText = Labels.Of(visionLink.Kind);
    }
}
