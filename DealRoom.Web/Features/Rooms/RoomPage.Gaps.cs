using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Rooms;

/// <summary>The gap half of the room page: badges on the cards, selecting a gap, acknowledging and reopening.</summary>
public partial class RoomPage
{
    private int _panelTab;
    private string? _selectedGapId;

    /// <summary>Puts a badge with the count of open gaps on each card they point at, and lights up the selected gap's cards.</summary>
    private void ShowGapBadges()
    {
        if (_gaps is null)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gap in _gaps.Open)
        {
            foreach (var id in gap.ElementIds)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var selected = _gaps.Open.FirstOrDefault(g => g.Id == _selectedGapId);
        IReadOnlySet<string> highlighted = selected is null ? new HashSet<string>() : selected.ElementIds.ToHashSet(StringComparer.Ordinal);
        _stakeholderMap?.ShowGaps(counts, highlighted);
        _visionMap?.ShowGaps(counts, highlighted);
    }

    /// <summary>Highlights the gap's elements on the canvas, switches to their map, and selects the first.</summary>
    private Task SelectGapAsync(Gap gap)
    {
        _selectedGapId = gap.Id;
        var first = gap.ElementIds.FirstOrDefault(id => _state?.KindOf(id) is not null);
        if (first is not null && _state?.KindOf(first) is { } kind)
        {
            var tab = RoomState.IsVisionMap(kind) ? 1 : 0;
            if (tab != _tab)
            {
                OnTabChanged(tab);
            }

            SetSelection(first);
            CurrentAdapter?.Select(first);
        }

        ShowGapBadges();
        return Task.CompletedTask;
    }

    private Task AcknowledgeGapAsync((Gap Gap, string Reason) acknowledgement) =>
        SubmitAsync(new AcknowledgeGap(acknowledgement.Gap.Id, acknowledgement.Reason));

    private Task ReopenGapAsync(Gap gap) => SubmitAsync(new UnacknowledgeGap(gap.Id));
}
