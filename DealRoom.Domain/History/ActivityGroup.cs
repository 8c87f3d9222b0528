namespace DealRoom.Domain.History;

/// <summary>
/// One line of the room's feed: a single change, or a run of small edits by one person close together in time
/// ("Alex made 7 edits: Erik Lindqvist, Maria Holm"). <see cref="Items"/> keeps every change, oldest first.
/// </summary>
public sealed record ActivityGroup(string AuthorId, string AuthorName, IReadOnlyList<ActivityItem> Items)
{
    public DateTimeOffset At => Items[^1].At;

    public long FirstVersion => Items[0].Version;

    public long LastVersion => Items[^1].Version;

    /// <summary>The line as a person reads it, without the author and time (shown beside it).</summary>
    public string Text => Items.Count == 1
        ? $"{Items[0].Subject}: {Items[0].Text}"
        : $"made {Items.Count} edits to {string.Join(", ", Items.Select(i => i.Subject).Distinct(StringComparer.Ordinal).Take(4))}"
            + (Items.Select(i => i.Subject).Distinct(StringComparer.Ordinal).Count() > 4 ? " and more" : string.Empty);
}
