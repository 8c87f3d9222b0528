using System.Collections.Immutable;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Tests.Web.Rooms;

/// <summary>The lists beside the maps: in id order, and the same instance while nothing they show changed.</summary>
public sealed class ListCacheTests
{
    private sealed record Item(string Id, string Name, double X);

    private readonly ListCache<Item> _cache = new((a, b) => a.Name == b.Name);

    [Fact]
    public void Items_ShouldComeInIdOrder_WhateverTheDictionarysOwnOrder()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"ve-{i:D3}").Reverse().ToList();
        var source = ImmutableDictionary.CreateRange(StringComparer.Ordinal, ids.Select(id => KeyValuePair.Create(id, new Item(id, "n", 0))));

        var list = _cache.Get(source);

        Assert.Equal(ids.Order(StringComparer.Ordinal), list.Select(item => item.Id));
    }

    [Fact]
    public void List_ShouldBeTheSameInstance_WhenOnlyWhatItDoesNotShowChanged()
    {
        var source = ImmutableDictionary.Create<string, Item>(StringComparer.Ordinal).Add("a", new Item("a", "Ana", 0)).Add("b", new Item("b", "Ben", 0));
        var first = _cache.Get(source);

        var moved = _cache.Get(source.SetItem("a", new Item("a", "Ana", 50)));
        var renamed = _cache.Get(source.SetItem("a", new Item("a", "Anna", 50)));

        Assert.Same(first, moved);
        Assert.NotSame(first, renamed);
        Assert.Equal(["Anna", "Ben"], renamed.Select(item => item.Name));
    }
}
