using System.Collections.Immutable;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// The items of one kind as a list in id order, rebuilt only when something a list shows changed: the same list
/// instance comes back across edits that only move cards, so the list views skip their render.
/// </summary>
public sealed class ListCache<T>(Func<T, T, bool> sameForDisplay)
    where T : class
{
    private ImmutableDictionary<string, T>? _source;
    private IReadOnlyList<T> _list = [];

    public IReadOnlyList<T> Get(ImmutableDictionary<string, T> source)
    {
        if (ReferenceEquals(source, _source))
        {
            return _list;
        }

        var unchanged = _source is not null && _source.Count == source.Count
            && source.All(p => _source.TryGetValue(p.Key, out var old) && (ReferenceEquals(old, p.Value) || sameForDisplay(old, p.Value)));
        _source = source;
        if (!unchanged)
        {
            // By id: a dictionary's own order follows string hashes, which are seeded per process, so rows with
            // equal sort keys would change places after a restart and differ between nodes.
            _list = [.. source.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)];
        }

        return _list;
    }
}
