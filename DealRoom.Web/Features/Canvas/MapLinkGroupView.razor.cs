using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace DealRoom.Web.Features.Canvas;

/// <summary>One group of a map's links as SVG: a line, a wide invisible hit path, an arrow head and a label per link.</summary>
public partial class MapLinkGroupView
{
    public const string SelectedColor = "#1565c0";

    /// <summary>The id of the map's hidden hint that each link names as its description (its keys).</summary>
    public const string LinkKeysHintId = "map-link-keys";

    // A handful of colours across every circuit: one style string each, not one per link and render.
    private static readonly ConcurrentDictionary<string, string> ColorStyles = new(StringComparer.Ordinal);

    // One delegate per link for the whole life of the group: a new delegate on every render would make the renderer
    // replace the link's event handler in the browser each time.
    private readonly Dictionary<MapLink, Action> _selectors = [];
    private readonly Dictionary<MapLink, Action<KeyboardEventArgs>> _keyHandlers = [];
    private int _renderedVersion = -1;
    private string? _renderedSelection;

    [Parameter, EditorRequired]
    public MapLinkGroup Group { get; set; } = null!;

    /// <summary>The group's version when the parent rendered; a change is what makes this component render.</summary>
    [Parameter]
    public int Version { get; set; }

    [Parameter]
    public string? SelectedId { get; set; }

    /// <summary>Raised with the link's id when the user presses on it.</summary>
    [Parameter]
    public Action<string>? OnSelect { get; set; }

    /// <summary>Raised with the link's id and the key pressed while the link has the focus.</summary>
    [Parameter]
    public Func<string, string, bool>? OnKey { get; set; }

    protected override bool ShouldRender()
    {
        if (_renderedVersion == Version && _renderedSelection == SelectedId)
        {
            return false;
        }

        _renderedVersion = Version;
        _renderedSelection = SelectedId;
        return true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (_selectors.Count > Group.Links.Count)
        {
            foreach (var gone in _selectors.Keys.Where(l => !Group.Links.Contains(l)).ToList())
            {
                _selectors.Remove(gone);
                _keyHandlers.Remove(gone);
            }
        }
    }

    private Action SelectorFor(MapLink link)
    {
        if (!_selectors.TryGetValue(link, out var selector))
        {
            selector = () => OnSelect?.Invoke(link.Id);
            _selectors[link] = selector;
        }

        return selector;
    }

    private Action<KeyboardEventArgs> KeyHandlerFor(MapLink link)
    {
        if (!_keyHandlers.TryGetValue(link, out var handler))
        {
            handler = e => OnKey?.Invoke(link.Id, e.Key);
            _keyHandlers[link] = handler;
        }

        return handler;
    }

    /// <summary>The link's colour as the group's CSS colour: the line's stroke and the arrow's fill follow it.</summary>
    public static string ColorStyle(string color) => ColorStyles.GetOrAdd(color, c => "color: " + c);

    private static string WidthOf(MapLink link) => link.Width.ToString("0.#", CultureInfo.InvariantCulture);

    // An SVG <text> element (Razor reserves the tag name).
    private static RenderFragment Label(MapLink link, LinkGeometry shape) => builder => RenderLabel(builder, link, shape);

    private static void RenderLabel(RenderTreeBuilder builder, MapLink link, LinkGeometry shape)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", "map-link-label");
        builder.AddAttribute(2, "x", shape.LabelX);
        builder.AddAttribute(3, "y", shape.LabelY);
        builder.AddContent(4, link.LabelText);
        builder.CloseElement();
    }
}
