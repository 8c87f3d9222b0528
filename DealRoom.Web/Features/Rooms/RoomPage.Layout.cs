using DealRoom.Domain.Rooms;
using MudBlazor;

namespace DealRoom.Web.Features.Rooms;

/// <summary>Auto-layout of the shown map: one batch of moves through this viewer's participant, so everyone sees it.</summary>
public partial class RoomPage
{
    private async Task AutoLayoutAsync()
    {
        if (_participant is null || _ended is not null || CurrentAdapter is not { } adapter)
        {
            return;
        }

        var moves = adapter.LayoutMoves(_participant.State);
        if (moves.Count == 0)
        {
            Snackbar.Add("The map is already tidy.", Severity.Info);
            return;
        }

        // Submitted together, the moves meet in the room's queue and commit in one round (up to its batch size of 64),
        // which every canvas receives as one update and animates as one rearrangement.
        adapter.FitAfterLayout();
        var batch = Ids.New("layout");
        var results = await Task.WhenAll(moves.Select((move, i) => _participant.SubmitAsync($"{batch}-{i}", move)));
        var refused = results.Where(r => r.Error is not null).ToList();

        // One tidy-up is one change for this person's undo.
        await _participant.GroupForUndoAsync(results.Length - refused.Count);
        if (refused.Count > 0)
        {
            // A card someone deleted meanwhile, or the rate limit on a very large map: the rest stays laid out.
            Snackbar.Add($"{refused.Count} of {moves.Count} cards could not be moved: {refused[0].Error!.Message}", Severity.Warning);
            var state = _participant.State;
            foreach (var move in moves)
            {
                adapter.Reconcile(state, move.Id);
            }
        }
    }
}
