using Blazor.Diagrams;
using Blazor.Diagrams.Core.Controls.Default;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Canvas;

/// <summary>Which map a canvas shows.</summary>
public enum MapKind
{
    Stakeholders,
    Vision,
}

/// <summary>
/// Maps a <see cref="RoomState"/> onto a Blazor.Diagrams model once, then patches it in place for each committed
/// operation; and turns what the user does on the canvas (drag end, link drawn, delete) into operations.
/// All members run on the circuit's dispatcher.
/// </summary>
public sealed partial class CanvasAdapter : IDisposable
{
    private readonly Dictionary<string, MapNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MapLink> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MapLink>> _linksByNode = new(StringComparer.Ordinal);
    private readonly List<MapLinkGroup> _linkGroups = [];
    private readonly Func<Operation, Task> _submit;
    private readonly Func<string, Task<bool>> _confirmDelete;
    private string? _selectedId;

    /// <param name="readOnly">
    /// For someone who may not change this map (a viewer; a customer on view rights): cards cannot be dragged, have no
    /// arrow to draw links with, and Delete does nothing, so the canvas never shows a change that would be refused.
    /// </param>
    public CanvasAdapter(MapKind map, RoomState state, Func<Operation, Task> submit, Func<string, Task<bool>> confirmDelete, bool readOnly = false)
    {
        Map = map;
        ReadOnly = readOnly;
        _submit = submit;
        _confirmDelete = confirmDelete;
        var options = new BlazorDiagramOptions { AllowMultiSelection = false };
        options.Links.DefaultColor = "#90a4ae";
        options.Links.DefaultSelectedColor = "#1565c0";
        options.Links.RequireTarget = true;
        options.Zoom.Minimum = 0.3;
        options.Zoom.Maximum = 2;

        options.Constraints.ShouldDeleteNode = node => DeleteRequestedAsync(node);
        options.Constraints.ShouldDeleteLink = _ => ValueTask.FromResult(false);
        Diagram = new BlazorDiagram(options);
        // The wheel pans and Ctrl + wheel (a trackpad's pinch) zooms, as in design tools (WheelBehavior).
        Diagram.UnregisterBehavior<Blazor.Diagrams.Core.Behaviors.ZoomBehavior>();
        Diagram.RegisterBehavior(new WheelBehavior(Diagram));
        Diagram.RegisterComponent<StakeholderNode, StakeholderNodeWidget>();
        Diagram.RegisterComponent<TeamMemberNode, TeamMemberNodeWidget>();
        Diagram.RegisterComponent<VisionNode, VisionNodeWidget>();
        Load(state);
        Diagram.SelectionChanged += OnSelectionChanged;
        Diagram.Links.Added += OnLinkAdded;
        Diagram.ContainerChanged += OnContainerChanged;
        Diagram.PointerDown += OnPointerDown;
        Diagram.KeyDown += OnKeyDown;
        Diagram.KeyDown += OnNavigationKey;
        Diagram.PanChanged += OnPanOrZoomChanged;
        Diagram.ZoomChanged += OnPanOrZoomChanged;
        Diagram.PointerMove += OnPointerMoveForCursor;
    }

    public MapKind Map { get; }

    /// <summary>True when the viewer may not change this map: nothing on the canvas offers a change.</summary>
    public bool ReadOnly { get; }

    public BlazorDiagram Diagram { get; }

    /// <summary>Raised with the selected element's id (node or link), or null when nothing is selected.</summary>
    public event Action<string?>? SelectionChanged;

    /// <summary>Raised when a link was added, removed, restyled, selected or unselected, or one of its cards moved.</summary>
    public event Action? LinksChanged;

    public string? SelectedId => _selectedId;

    public IReadOnlyDictionary<string, MapNode> Nodes => _nodes;

    /// <summary>The map's links by element id. They are drawn by <see cref="MapLinksLayer"/>, not by the library.</summary>
    public IReadOnlyDictionary<string, MapLink> Links => _links;

    public IReadOnlyList<MapLinkGroup> LinkGroups => _linkGroups;

    /// <summary>The selected link, if the selection is a link (a selected card is the diagram's own selection).</summary>
    public MapLink? SelectedLink { get; private set; }

    /// <summary>Applies committed operations in place, reading each touched element from the state after them.</summary>
    public void Apply(RoomState state, IEnumerable<Operation> operations)
    {
        var list = operations as IReadOnlyList<Operation> ?? operations.ToList();
        var sweep = false;
        _glide = IsLayout(list);
        try
        {
            foreach (var operation in list)
            {
                sweep |= operation is RemoveElement;
                foreach (var id in AffectedIds(operation))
                {
                    Reconcile(state, id);
                }
            }
        }
        finally
        {
            _glide = false;
        }

        AfterLayout(list);
        MarkRoutesStale(list);

        if (sweep)
        {
            // A removal cascades in the domain (a node's links, coverage): drop whatever the state no longer holds.
            foreach (var id in _links.Keys.Where(id => state.KindOf(id) is null).ToList())
            {
                RemoveLink(id);
            }
        }

        RouteLinks();
    }

    /// <summary>
    /// Makes the whole canvas match a state: after a reset of the viewer's view (a customer's projection that changed
    /// in a way no single operation can say), every element shown or held is reconciled.
    /// </summary>
    public void ReconcileAll(RoomState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var id in state.Index.Keys.Concat(_nodes.Keys).Concat(_links.Keys).Distinct(StringComparer.Ordinal).ToList())
        {
            Reconcile(state, id);
        }

        _routesStale = true;
        RouteLinks();
    }

    /// <summary>Makes one element on the canvas match the state: add, update, move or remove it.</summary>
    public void Reconcile(RoomState state, string id)
    {
        _reserved.Remove(id);
        switch (state.KindOf(id))
        {
            case ElementKind.Stakeholder when Map == MapKind.Stakeholders:
                UpsertNode(id, state.Stakeholders[id], s => new StakeholderNode(s), (n, s) => ((StakeholderNode)n).Data = s, s => (s.X, s.Y));
                break;
            case ElementKind.TeamMember when Map == MapKind.Stakeholders:
                UpsertNode(id, state.TeamMembers[id], t => new TeamMemberNode(t), (n, t) => ((TeamMemberNode)n).Data = t, t => (t.X, t.Y));
                break;
            case ElementKind.VisionElement when Map == MapKind.Vision:
                UpsertNode(id, state.VisionElements[id], v => new VisionNode(v), (n, v) => ((VisionNode)n).Data = v, v => (v.X, v.Y));
                break;
            case ElementKind.Relationship when Map == MapKind.Stakeholders:
                var relationship = state.Relationships[id];
                UpsertLink(id, ElementKind.Relationship, relationship.FromId, relationship.ToId, link => LinkStyles.Apply(link, relationship));
                break;
            case ElementKind.Coverage when Map == MapKind.Stakeholders:
                var coverage = state.Coverages[id];
                UpsertLink(id, ElementKind.Coverage, coverage.TeamMemberId, coverage.StakeholderId, link => LinkStyles.Apply(link, coverage));
                break;
            case ElementKind.VisionLink when Map == MapKind.Vision:
                var visionLink = state.VisionLinks[id];
                UpsertLink(id, ElementKind.VisionLink, visionLink.FromId, visionLink.ToId, link => LinkStyles.Apply(link, visionLink));
                break;
            case null:
                RemoveNode(id);
                RemoveLink(id);
                break;
        }
    }

    /// <summary>Selects a node or link by element id (from a list row), or clears the selection.</summary>
    public void Select(string? id)
    {
        if (id is not null && _links.TryGetValue(id, out var link))
        {
            SelectLink(link.Id);
        }
        else if (id is not null && _nodes.TryGetValue(id, out var node))
        {
            if (!node.Selected)
            {
                Diagram.SelectModel(node, unselectOthers: true);
            }
        }
        else
        {
            SetSelectedLink(null);
            Diagram.UnselectAll();
            PublishSelection();
        }
    }

    /// <summary>Shows which nodes other participants have selected: element id → who (a ring in their colour, their name on it).</summary>
    public void ShowOthersSelection(IReadOnlyDictionary<string, IReadOnlyList<SelectionMark>> marksById)
    {
        foreach (var node in _nodes.Values)
        {
            var marks = marksById.TryGetValue(node.Id, out var m) ? m : [];
            if (!marks.SequenceEqual(node.OthersSelecting))
            {
                node.OthersSelecting = marks;
                node.OthersColors = [.. marks.Select(mark => mark.Color).Distinct()];
                node.Refresh();
            }
        }
    }

    /// <summary>Marks the cards that open gaps point at (a badge with the count) and highlights those of the selected gap.</summary>
    public void ShowGaps(IReadOnlyDictionary<string, int> countsById, IReadOnlySet<string> highlighted)
    {
        foreach (var node in _nodes.Values)
        {
            var count = countsById.GetValueOrDefault(node.Id);
            var lit = highlighted.Contains(node.Id);
            if (count != node.GapCount || lit != node.GapHighlighted)
            {
                node.GapCount = count;
                node.GapHighlighted = lit;
                node.Refresh();
            }
        }
    }

    public void Dispose()
    {
        Diagram.SelectionChanged -= OnSelectionChanged;
        Diagram.Links.Added -= OnLinkAdded;
        Diagram.ContainerChanged -= OnContainerChanged;
        Diagram.PointerDown -= OnPointerDown;
        Diagram.KeyDown -= OnKeyDown;
        Diagram.KeyDown -= OnNavigationKey;
        Diagram.PanChanged -= OnPanOrZoomChanged;
        Diagram.ZoomChanged -= OnPanOrZoomChanged;
        Diagram.PointerMove -= OnPointerMoveForCursor;
        foreach (var node in _nodes.Values)
        {
            node.Moved -= OnNodeMoved;
            node.Moving -= OnNodeMoving;
        }
    }

    private void Load(RoomState state)
    {
        Diagram.SuspendRefresh = true;
        try
        {
            var ids = Map == MapKind.Stakeholders
                ? state.Stakeholders.Keys.Concat(state.TeamMembers.Keys).Concat(state.Relationships.Keys).Concat(state.Coverages.Keys)
                : state.VisionElements.Keys.Concat(state.VisionLinks.Keys);
            foreach (var id in ids.OrderBy(id => state.KindOf(id) is ElementKind.Relationship or ElementKind.Coverage or ElementKind.VisionLink))
            {
                Reconcile(state, id);
            }
        }
        finally
        {
            Diagram.SuspendRefresh = false;
        }

        RouteLinks();
    }

    private void UpsertNode<T>(string id, T data, Func<T, MapNode> create, Action<MapNode, T> update, Func<T, (double X, double Y)> position)
    {
        var (x, y) = position(data);
        if (_nodes.TryGetValue(id, out var node))
        {
            update(node, data);
            if (node.Position.X != x || node.Position.Y != y)
            {
                node.Gliding = _glide;
                Place(node, x, y);
            }
            else
            {
                node.Refresh();
            }

            return;
        }

        node = create(data);
        node.Locked = ReadOnly;
        node.Moved += OnNodeMoved;
        node.Moving += OnNodeMoving;
        _nodes[id] = node;
        Diagram.Nodes.Add(node);
        if (!ReadOnly)
        {
            Diagram.Controls.AddFor(node).Add(new DragNewLinkControl(1, 0.5, offsetX: 16));
        }
    }

    private void UpsertLink(string id, ElementKind kind, string fromId, string toId, Action<MapLink> style)
    {
        if (_links.TryGetValue(id, out var link))
        {
            style(link);
            link.Group?.Touch();
            LinksChanged?.Invoke();
            return;
        }

        if (!_nodes.TryGetValue(fromId, out var from) || !_nodes.TryGetValue(toId, out var to))
        {
            return;
        }

        link = new MapLink(id, kind, from, to);
        style(link);
        _links[id] = link;
        LinksOf(fromId).Add(link);
        LinksOf(toId).Add(link);
        var group = _linkGroups.FirstOrDefault(g => !g.IsFull);
        if (group is null)
        {
            group = new MapLinkGroup();
            _linkGroups.Add(group);
        }

        link.Group = group;
        group.Add(link);
        LinksChanged?.Invoke();
    }

    private List<MapLink> LinksOf(string nodeId)
    {
        if (!_linksByNode.TryGetValue(nodeId, out var links))
        {
            links = [];
            _linksByNode[nodeId] = links;
        }

        return links;
    }

    private void RemoveNode(string id)
    {
        if (_nodes.Remove(id, out var node))
        {
            node.Moved -= OnNodeMoved;
            node.Moving -= OnNodeMoving;
            foreach (var link in _linksByNode.GetValueOrDefault(id)?.ToList() ?? [])
            {
                RemoveLink(link.Id);
            }

            _linksByNode.Remove(id);
            Diagram.Nodes.Remove(node);
        }
    }

    private void RemoveLink(string id)
    {
        if (!_links.Remove(id, out var link))
        {
            return;
        }

        _linksByNode.GetValueOrDefault(link.From.Id)?.Remove(link);
        _linksByNode.GetValueOrDefault(link.To.Id)?.Remove(link);
        link.Group?.Remove(link);
        if (ReferenceEquals(SelectedLink, link))
        {
            SetSelectedLink(null);
            PublishSelection();
        }

        LinksChanged?.Invoke();
    }

    /// <summary>The element ids an operation adds, changes or removes on a canvas.</summary>
    public static IEnumerable<string> AffectedIds(Operation operation) => operation switch
    {
        AddStakeholder o => [o.Id],
        AddTeamMember o => [o.Id],
        AddVisionElement o => [o.Id],
        MoveNode o => [o.Id],
        RemoveElement o => [o.Id],
        AddRelationship o => [o.Id],
        AddCoverage o => [o.Id],
        AddVisionLink o => [o.Id],
        UpdateElement o => [o.Id],
        AddEndorsement or UpdateRoom or SetPhase or AcknowledgeGap or UnacknowledgeGap or MarkIteration => [],
        UndoStep => [],
        GroupChanges => [],
        StartThread o => [o.AnchorId],
        ReplyToThread or ResolveThread or ReopenThread or SuggestChange or AcceptSuggestion or DeclineSuggestion => [],
        SetAccountItem or RemoveAccountItem => [],
        _ => throw new ArgumentException($"No canvas mapping is defined for '{operation.Type}'.", nameof(operation)),
    };
}
