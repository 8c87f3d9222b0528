namespace DealRoom.Web.Features.Canvas;

/// <summary>Comment badges on the cards.</summary>
public sealed partial class CanvasAdapter
{
    /// <summary>Puts the number of open threads on each card that has any (a card whose count changed re-renders alone).</summary>
    public void ShowComments(IReadOnlyDictionary<string, int> countsById)
    {
        ArgumentNullException.ThrowIfNull(countsById);
        foreach (var node in _nodes.Values)
        {
            var count = countsById.GetValueOrDefault(node.Id);
            if (count != node.CommentCount)
            {
                node.CommentCount = count;
                node.Refresh();
            }
        }
    }
}
