using Blazor.Diagrams;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>
/// The account's network as a read-only Blazor.Diagrams model: a card per contact and per team member, laid out by
/// <see cref="NetworkLayout"/>, and the links drawn by the room maps' link groups (<see cref="MapLinkGroupView"/>):
/// coverage dashed, the strongest relationship our team holds to each person thick and labelled, the others thin.
/// The map is derived from the rooms, so nothing on it can be moved, linked or deleted.
/// </summary>
public sealed class NetworkDiagram : IDisposable
{
    public const double FitMargin = 32;

    private readonly Dictionary<string, MapNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<MapLinkGroup> _groups = [];

    public NetworkDiagram(AccountNetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Map = map;
        var options = new BlazorDiagramOptions { AllowMultiSelection = false };
        options.Zoom.Minimum = 0.3;
        options.Zoom.Maximum = 2;
        options.Constraints.ShouldDeleteNode = _ => ValueTask.FromResult(false);
        options.Constraints.ShouldDeleteLink = _ => ValueTask.FromResult(false);
        Diagram = new BlazorDiagram(options);
        Diagram.UnregisterBehavior<Blazor.Diagrams.Core.Behaviors.ZoomBehavior>();
        Diagram.RegisterBehavior(new WheelBehavior(Diagram));
        Diagram.RegisterComponent<ContactNode, ContactNodeWidget>();
        Diagram.RegisterComponent<NetworkMemberNode, NetworkMemberNodeWidget>();
        Load();
        Diagram.SelectionChanged += OnSelectionChanged;
        Diagram.ContainerChanged += OnContainerChanged;
        Diagram.PanChanged += OnUserMovedView;
        Diagram.ZoomChanged += OnUserMovedView;
    }

    public AccountNetworkMap Map { get; }

    public BlazorDiagram Diagram { get; }

    public IReadOnlyList<MapLinkGroup> LinkGroups => _groups;

    public IReadOnlyDictionary<string, MapNode> Nodes => _nodes;

    /// <summary>Raised with the selected card (a contact or a member), or null.</summary>
    public event Action<MapNode?>? SelectionChanged;

    private bool _settingView;
    private bool _viewMovedByUser;

    public void Select(string nodeId)
    {
        if (_nodes.TryGetValue(nodeId, out var node) && !node.Selected)
        {
            Diagram.SelectModel(node, unselectOthers: true);
        }
    }

    /// <summary>
    /// The zoom the map opens with at least: a whole account is larger than a room, and at this zoom names and marks
    /// are still read (the room maps' layout fit uses the same).
    /// </summary>
    public const double OpeningZoomMinimum = CanvasAdapter.LayoutZoomMinimum;

    /// <summary>Fits every card in view, between <paramref name="minimumZoom"/> and 100%; starts at the top when it does not fit.</summary>
    public void Fit(double minimumZoom)
    {
        if (Diagram.Container is not { Width: > 0, Height: > 0 } container || _nodes.Count == 0)
        {
            return;
        }

        var left = _nodes.Values.Min(n => n.Position.X);
        var top = _nodes.Values.Min(n => n.Position.Y);
        var right = _nodes.Values.Max(n => n.Position.X + n.Size!.Width);
        var bottom = _nodes.Values.Max(n => n.Position.Y + n.Size!.Height);
        var fit = Math.Min((container.Width - (2 * FitMargin)) / (right - left), (container.Height - (2 * FitMargin)) / (bottom - top));
        var zoom = Math.Clamp(fit, Math.Max(minimumZoom, Diagram.Options.Zoom.Minimum), 1);
        var x = ((right - left) * zoom) + (2 * FitMargin) <= container.Width ? (container.Width / 2) - ((left + right) / 2 * zoom) : FitMargin - (left * zoom);
        var y = ((bottom - top) * zoom) + (2 * FitMargin) <= container.Height ? (container.Height / 2) - ((top + bottom) / 2 * zoom) : FitMargin - (top * zoom);
        _settingView = true;
        try
        {
            Diagram.Batch(() =>
            {
                Diagram.SetZoom(zoom);
                Diagram.SetPan(x, y);
            });
        }
        finally
        {
            _settingView = false;
        }
    }

    public void Dispose()
    {
        Diagram.SelectionChanged -= OnSelectionChanged;
        Diagram.ContainerChanged -= OnContainerChanged;
        Diagram.PanChanged -= OnUserMovedView;
        Diagram.ZoomChanged -= OnUserMovedView;
    }

    private void Load()
    {
        var positions = NetworkLayout.Of(Map);
        Diagram.SuspendRefresh = true;
        try
        {
            foreach (var contact in Map.Contacts)
            {
                var (x, y) = positions[contact.Key];
                Add(new ContactNode(contact, [.. Map.SpotsOf(contact.Key)], x, y));
            }

            foreach (var member in Map.Members)
            {
                var (x, y) = positions[NetworkMemberNode.IdOf(member.Name)];
                Add(new NetworkMemberNode(member, Map.ConcentrationOn(member.Name), x, y));
            }

            foreach (var r in Map.Relationships)
            {
                AddLink($"rel:{r.FromKey}>{r.ToKey}:{r.Kind}", ElementKind.Relationship, r.FromKey, r.ToKey, link =>
                {
                    LinkStyles.Apply(link, new Relationship { Id = link.Id, FromId = r.FromKey, ToId = r.ToKey, Kind = r.Kind, Strength = r.Strength });

                    // The org chart's layers say who reports to whom: on a map of the whole account the other kinds'
                    // labels need the room.
                    if (r.Kind == RelationshipKind.ReportsTo)
                    {
                        link.LabelText = string.Empty;
                    }
                });
            }

            foreach (var c in Map.Coverage)
            {
                AddLink($"cov:{c.MemberName}>{c.ContactKey}", ElementKind.Coverage, NetworkMemberNode.IdOf(c.MemberName), c.ContactKey, link => Style(link, c));
            }
        }
        finally
        {
            Diagram.SuspendRefresh = false;
        }
    }

    /// <summary>The strongest relationship our team holds to a person stands out: thick, dark, labelled; the others are thin and quiet.</summary>
    private static void Style(MapLink link, NetworkCoverage coverage)
    {
        link.Color = coverage.IsStrongest ? "#00695c" : "#80cbc4";
        link.Width = coverage.IsStrongest ? 2 + (int)coverage.Level : 1.5;
        link.LabelText = coverage.IsStrongest ? Labels.Of(coverage.Level) : string.Empty;
    }

    private void Add(MapNode node)
    {
        node.Locked = true;
        _nodes[node.Id] = node;
        Diagram.Nodes.Add(node);
    }

    private void AddLink(string id, ElementKind kind, string fromId, string toId, Action<MapLink> style)
    {
        if (!_nodes.TryGetValue(fromId, out var from) || !_nodes.TryGetValue(toId, out var to))
        {
            return;
        }

        var link = new MapLink(id, kind, from, to);
        style(link);
        var group = _groups.FirstOrDefault(g => !g.IsFull);
        if (group is null)
        {
            group = new MapLinkGroup();
            _groups.Add(group);
        }

        link.Group = group;
        group.Add(link);
    }

    private void OnSelectionChanged(SelectableModel model) =>
        SelectionChanged?.Invoke(Diagram.GetSelectedModels().OfType<MapNode>().FirstOrDefault());

    // The canvas is measured before the page around it settles: fit again until the user moves the view.
    private void OnContainerChanged()
    {
        if (!_viewMovedByUser)
        {
            Fit(OpeningZoomMinimum);
        }
    }

    private void OnUserMovedView()
    {
        if (!_settingView)
        {
            _viewMovedByUser = true;
        }
    }

    private void OnUserMovedView(double deltaX, double deltaY) => OnUserMovedView();
}
