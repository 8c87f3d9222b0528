namespace DealRoom.Web.Features.Canvas;

/// <summary>
/// Up to <see cref="Capacity"/> links of a map drawn by one component (<see cref="MapLinkGroupView"/>). A change to a
/// link bumps its group's <see cref="Version"/>, so dragging a card re-renders the few groups that hold its links,
/// not every link of the map.
/// </summary>
public sealed class MapLinkGroup
{
    public const int Capacity = 32;

    private readonly List<MapLink> _links = new(Capacity);

    public IReadOnlyList<MapLink> Links => _links;

    public int Version { get; private set; }

    public bool IsFull => _links.Count >= Capacity;

    public void Add(MapLink link)
    {
        _links.Add(link);
        Touch();
    }

    public void Remove(MapLink link)
    {
        _links.Remove(link);
        Touch();
    }

    public void Touch() => Version++;
}
