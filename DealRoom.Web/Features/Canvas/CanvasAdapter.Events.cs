using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Models;
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
        var submitted = Coordinates.AreValid(x, y) ? _submit(new MoveNode(model.Id, x, y)) : Task.CompletedTask;
        _ = FinishDragAsync(model.Id, submitted);
    }

    /// <summary>Selects a link (the user pressed on it, or picked its row); the diagram's own selection is cleared.</summary>
    public void SelectLink(string id)
    {
        if (!_links.TryGetValue(id, out var link))
        {
            return;
        }

        // Set first, so the selection events of the cards that UnselectAll raises already see the link.
        SetSelectedLink(link);
        Diagram.UnselectAll();
        PublishSelection();
    }

    private void OnNodeMoving(NodeModel node)
    {
        NoticeDragStep(node);

        // A drag must follow the pointer at once, not glide behind it.
        if (!_glide && node is MapNode { Gliding: true } card)
        {
            card.Gliding = false;
            card.Refresh();
        }

        // Raised for every step of a drag and for a remote move: the card's links follow it.
        if (_linksByNode.TryGetValue(node.Id, out var links) && links.Count > 0)
        {
            foreach (var link in links)
            {
                link.Group?.Touch();
            }

            LinksChanged?.Invoke();
        }
    }

    private void OnPointerDown(Model? model, PointerEventArgs e)
    {
        // A press on the empty canvas clears a selected link (the library clears selected cards itself). Presses on a
        // link never get here: the links layer stops them.
        if (model is null && SelectedLink is not null)
        {
            SetSelectedLink(null);
            PublishSelection();
        }
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Delete" && !ReadOnly && SelectedLink is { } link)
        {
            _ = DeleteRequestedAsync(link.Id);
        }
    }

    private void SetSelectedLink(MapLink? link)
    {
        if (ReferenceEquals(link, SelectedLink))
        {
            return;
        }

        SelectedLink?.Group?.Touch();
        SelectedLink = link;
        link?.Group?.Touch();
        LinksChanged?.Invoke();
    }

    private void PublishSelection()
    {
        var selected = Diagram.GetSelectedModels().OfType<MapNode>().FirstOrDefault()?.Id ?? SelectedLink?.Id;
        if (selected != _selectedId)
        {
            _selectedId = selected;
            SelectionChanged?.Invoke(selected);
        }
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        // The only library links are the ones the user is drawing: each becomes an operation once dropped on a node,
        // and is then replaced by the committed element.
        link.TargetAttached += OnDrawnLinkAttached;
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
        if (model is MapNode && !ReadOnly)
        {
            await DeleteRequestedAsync(model.Id);
        }

        // Never remove locally: the committed removal patches the canvas, and a refused one leaves it as it was.
        return false;
    }

    private async Task DeleteRequestedAsync(string id)
    {
        if (await _confirmDelete(id))
        {
            await _submit(new RemoveElement(id));
        }
    }

    private void OnSelectionChanged(SelectableModel model)
    {
        if (model is MapNode { Selected: true })
        {
            SetSelectedLink(null);
        }

        PublishSelection();
    }
}
