using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Canvas;

/// <summary>Auto-layout as the canvas shows it: cards glide to their new places, and the view fits the result.</summary>
public sealed partial class CanvasAdapter
{
    /// <summary>
    /// The view after a layout shows the whole map down to this zoom: below it cards are too small to read, and the view
    /// starts at the map's top-left instead (the fit button goes further, on request).
    /// </summary>
    public const double LayoutZoomMinimum = 0.7;

    // True while Apply handles a layout's batch: the cards it moves glide (a CSS transition) instead of jumping.
    private bool _glide;

    // Set by the participant who asked for the layout: their view fits the map once its moves arrive.
    private bool _fitAfterLayout;

    /// <summary>The moves that lay this map out from <paramref name="state"/> (none when it already is).</summary>
    public IReadOnlyList<MoveNode> LayoutMoves(Domain.Rooms.RoomState state) => AutoLayout.Moves(state, Map);

    /// <summary>Fits the view to the whole map when the next layout's moves arrive.</summary>
    public void FitAfterLayout() => _fitAfterLayout = true;

    /// <summary>
    /// A batch that moves several cards and does nothing else is a layout (a drag moves one card); everyone's canvas
    /// lets those cards glide, so the change reads as a rearrangement rather than a jump.
    /// </summary>
    private static bool IsLayout(IReadOnlyList<Operation> operations) =>
        operations.Count > 1 && operations.All(o => o is MoveNode);

    private void AfterLayout(IReadOnlyList<Operation> operations)
    {
        if (_fitAfterLayout && IsLayout(operations))
        {
            _fitAfterLayout = false;
            _viewMovedByUser = true;
            FitToContent(LayoutZoomMinimum);
        }
    }
}
