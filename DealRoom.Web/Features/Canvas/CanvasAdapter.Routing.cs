using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// Routing the map's links around the cards (<see cref="LinkRouter"/>): done for the whole map when cards or links
/// were added, removed or moved by a committed operation, never on a render nor on a drag step (a dragged card's
/// links follow it on the direct curve until the move is committed).
/// </summary>
public sealed partial class CanvasAdapter
{
    private bool _routesStale = true;

    private void MarkRoutesStale(IReadOnlyList<Operation> operations)
    {
        if (operations.Any(o => o is MoveNode or RemoveElement or AddStakeholder or AddTeamMember or AddVisionElement
                or AddRelationship or AddCoverage or AddVisionLink or GroupChanges or UndoStep))
        {
            _routesStale = true;
        }
    }

    /// <summary>Routes every link again if cards or links changed since the last routing.</summary>
    public void RouteLinks()
    {
        if (!_routesStale)
        {
            return;
        }

        _routesStale = false;
        if (_links.Count == 0)
        {
            return;
        }

        var cards = _nodes.ToDictionary(n => n.Key, n => LinkGeometry.Rect(n.Value), StringComparer.Ordinal);
        var routes = LinkRouter.Route(cards, _links.Values.Select(l => new LinkEnds(l.Id, l.From.Id, l.To.Id)));
        foreach (var (id, route) in routes)
        {
            if (_links.TryGetValue(id, out var link))
            {
                link.SetRoute(route);
            }
        }

        foreach (var group in _linkGroups)
        {
            group.Touch();
        }

        LinksChanged?.Invoke();
    }
}
