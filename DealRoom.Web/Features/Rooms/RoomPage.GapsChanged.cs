using DealRoom.Domain.Gaps;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// The room page hears a changed gap report: right after the edits that changed it (the page heard those first), or
/// with no edit when the expert directory's facts changed (E3–E5).
/// </summary>
public partial class RoomPage
{
    private ValueTask OnGapsChanged(GapReport report)
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
