using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// A node on one of the maps, carrying the element it shows. Sizes are fixed (<see cref="NodeModel.ControlledSize"/>)
/// so nodes never measure themselves through JS interop and links draw in one pass.
/// </summary>
public abstract class MapNode : NodeModel
{
    protected MapNode(string id, double x, double y, Size size)
        : base(id, new Point(x, y))
    {
        ControlledSize = true;
        Size = size;
    }

    /// <summary>The colours of the other participants who have this element selected.</summary>
    public IReadOnlyList<string> OthersColors { get; set; } = [];

    /// <summary>The other participants who have this element selected, for the names on their rings.</summary>
    public IReadOnlyList<SelectionMark> OthersSelecting { get; set; } = [];

    /// <summary>How many open gaps point at this element (a badge on the card).</summary>
    public int GapCount { get; set; }

    /// <summary>How many open comment threads the viewer may see hang on this element (a badge on the card).</summary>
    public int CommentCount { get; set; }

    /// <summary>True while a gap that points at this element is selected in the gap panel.</summary>
    public bool GapHighlighted { get; set; }

    /// <summary>True while the card glides to a place an auto-layout gave it (a CSS transition), not during a drag.</summary>
    public bool Gliding { get; set; }

    /// <summary>In the history's compare view: "added", "removed" or "changed" since the other point; null elsewhere.</summary>
    public string? Change { get; set; }

    /// <summary>A short name for confirmations and messages.</summary>
    public abstract string DisplayName { get; }
}

public sealed class StakeholderNode(Stakeholder data)
    : MapNode(data.Id, data.X, data.Y, CardSize)
{
    public static readonly Size CardSize = new(230, 112);

    public Stakeholder Data { get; set; } = data;

    public override string DisplayName => Data.Name;
}

public sealed class TeamMemberNode(TeamMember data)
    : MapNode(data.Id, data.X, data.Y, CardSize)
{
    public static readonly Size CardSize = new(210, 76);

    public TeamMember Data { get; set; } = data;

    public override string DisplayName => Data.Name;
}

public sealed class VisionNode(VisionElement data)
    : MapNode(data.Id, data.X, data.Y, CardSize)
{
    public static readonly Size CardSize = new(240, 104);

    public VisionElement Data { get; set; } = data;

    public override string DisplayName => Data.Title;
}
