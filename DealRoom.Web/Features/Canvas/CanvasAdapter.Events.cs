using Blazor.Diagrams.Core.Models.Base;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;

namespace DealRoom.Web.Features.Canvas;

/// <summary>The canvas-to-operations half of the adapter.</summary>
public sealed partial class CanvasAdapter
{
    private static readonly VisionLinkKind[] PreferredVisionLinks =
    [
        VisionLinkKind.Addresses, VisionLinkKind.MeasuredBy, VisionLinkKind.ContributesTo,
        VisionLinkKind.StepOf, VisionLinkKind.Mitigates, VisionLinkKind.LeadsTo,
    ];

    /// <summary>The operation for a link drawn from one node to another, with the most likely kind; null if none fits.</summary>
    public static Operation? OperationForDrawnLink(MapNode from, MapNode to)
    {
        if (ReferenceEquals(from, to))
        {
            return null;
        }

        return (from, to) switch
        {
            (StakeholderNode a, StakeholderNode b) => new AddRelationship(Ids.New("rel"), a.Id, b.Id,
                new Dictionary<string, string?> { ["kind"] = nameof(RelationshipKind.Influences) }),
            (TeamMemberNode t, StakeholderNode s) => new AddCoverage(Ids.New("cov"), t.Id, s.Id, FieldValues.None),
            (StakeholderNode s, TeamMemberNode t) => new AddCoverage(Ids.New("cov"), t.Id, s.Id, FieldValues.None),
            (VisionNode a, VisionNode b) => new AddVisionLink(Ids.New("vl"), a.Id, b.Id,
                new Dictionary<string, string?>
                {
                    ["kind"] = PreferredVisionLinks.First(k => VisionLinkRules.Allows(k, a.Data.Type, b.Data.Type)).ToString(),
                }),
            _ => null,
        };
    }

    private void OnNodeMoved(MovableModel model)
    {
        // Drags are coalesced by the diagram itself: Moved fires once, at the end of the drag.
        var x = Math.Round(model.Position.X);
        var y = Math.Round(model.Position.Y);
        if (Coordinates.AreValid(x, y))
        {
            _ = _submit(new MoveNode(model.Id, x, y));
        }
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (link is not MapLink)
        {
            // A link the user is drawing: it becomes an operation once dropped on a node, and is then replaced by
            // the committed element.
            link.TargetAttached += OnDrawnLinkAttached;
        }
    }

    private void OnDrawnLinkAttached(BaseLinkModel link)
    {
        link.TargetAttached -= OnDrawnLinkAttached;
        _ = RemoveDrawnLinkAsync(link);
        if (link.Source.Model is MapNode from && link.Target.Model is MapNode to && OperationForDrawnLink(from, to) is { } operation)
        {
            _ = _submit(operation);
        }
    }

    private async Task RemoveDrawnLinkAsync(BaseLinkModel link)
    {
        // Let the drag behaviour finish with the link before it leaves the diagram.
        await Task.Yield();
        if (Diagram.Links.Contains(link))
        {
            Diagram.Links.Remove(link);
        }
    }

    private async ValueTask<bool> DeleteRequestedAsync(SelectableModel model)
    {
        if (model is MapNode or MapLink && await _confirmDelete(model.Id))
        {
            await _submit(new RemoveElement(model.Id));
        }

        // Never remove locally: the committed removal patches the canvas, and a refused one leaves it as it was.
        return false;
    }

    private void OnSelectionChanged(SelectableModel model)
    {
        var selected = Diagram.GetSelectedModels().FirstOrDefault(m => m is MapNode or MapLink)?.Id;
        if (selected != _selectedId)
        {
            _selectedId = selected;
            SelectionChanged?.Invoke(selected);
        }
    }

    private void OnContainerChanged()
    {
        if (_fitted || Diagram.Container is not { Width: > 0, Height: > 0 } || _nodes.Count == 0)
        {
            return;
        }

        _fitted = true;
        Diagram.ZoomToFit(24);
        if (Diagram.Zoom > 1)
        {
            Diagram.SetZoom(1);
        }
    }
}
