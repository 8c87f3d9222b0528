using DealRoom.Domain.Gaps;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The room page hears a gap report that changed with no edit: the expert directory's facts changed (E3–E5).</summary>
public partial class RoomPage
{
    private ValueTask OnGapsRefreshed(GapReport report)
    {
        // Called on the session's round: hand over to the circuit and return at once.
        _ = InvokeAsync(() =>
        {
            _gaps = report;
            ShowGapBadges();
            _ = RenderPageAfterOtherCircuitsAsync();
        });
        return ValueTask.CompletedTask;
    }
}
