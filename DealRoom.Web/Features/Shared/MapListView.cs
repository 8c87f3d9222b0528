using Microsoft.AspNetCore.Components;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// The base of the list views beside the canvases: items, the selected id, a search box. It renders only when the
/// items, the selection or the search changed, so an edit elsewhere in the room does not rebuild every table in
/// every circuit.
/// </summary>
public abstract class MapListView<TItem> : ComponentBase
{
    private IReadOnlyCollection<TItem>? _renderedItems;
    private string? _renderedSelection;
    private string? _search;
    private bool _dirty = true;

    [Parameter, EditorRequired]
    public IReadOnlyCollection<TItem> Items { get; set; } = [];

    [Parameter]
    public string? SelectedId { get; set; }

    [Parameter]
    public EventCallback<string?> OnSelect { get; set; }

    /// <summary>The search text; typing in it re-renders the list.</summary>
    protected string? Search
    {
        get => _search;
        set
        {
            _search = value;
            _dirty = true;
        }
    }

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(Items, _renderedItems) || SelectedId != _renderedSelection)
        {
            _renderedItems = Items;
            _renderedSelection = SelectedId;
            _dirty = true;
        }
    }

    protected override bool ShouldRender()
    {
        var render = _dirty;
        _dirty = false;
        return render;
    }

    /// <summary>True when the item matches the search text in any of the given texts.</summary>
    protected bool MatchesAny(params string?[] texts) =>
        string.IsNullOrWhiteSpace(_search)
        || texts.Any(t => t?.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase) == true);
}
