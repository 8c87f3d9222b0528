using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.History;

/// <summary>
/// The room's activity from its op log: each committed operation said in plain words (who did what to which element,
/// when), runs of small edits by one person grouped, and one element's own history. For a customer every operation is
/// described from the customer's projection of the states before and after it, so what they may not see (internal
/// fields, hidden stakeholders, coverage, phases, iterations, gaps) never appears in their feed.
/// </summary>
public static class RoomActivity
{
    /// <summary>Small edits by one person further apart than this start a new line of the feed.</summary>
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The operations after <paramref name="start"/> in plain words, oldest first. <paramref name="start"/> is the full
    /// state just before the first operation; operations that say nothing to this audience are left out.
    /// </summary>
    public static IReadOnlyList<ActivityItem> Describe(RoomState start, IEnumerable<CommittedOperation> operations, bool forCustomer)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(operations);
        var items = new List<ActivityItem>();
        var before = start;
        var seenBefore = forCustomer ? CustomerProjection.Project(before) : before;
        foreach (var committed in operations)
        {
            var result = before.Apply(committed.Operation, committed.Context);
            if (!result.Succeeded)
            {
                continue;
            }

            var after = result.State!;
            var seenAfter = forCustomer ? CustomerProjection.Project(after) : after;
            foreach (var (elementId, subject, text, small) in ActivityWords.Of(seenBefore, seenAfter, committed.Operation, forCustomer))
            {
                items.Add(new ActivityItem(committed.Version, committed.AuthorId, committed.AuthorName, committed.At, elementId, subject, text, small));
            }

            before = after;
            seenBefore = seenAfter;
        }

        return items;
    }

    /// <summary>
    /// The feed's lines, newest first: consecutive small edits by one person, each within <paramref name="window"/>
    /// of the one before, become one line; anything else is a line of its own.
    /// </summary>
    public static IReadOnlyList<ActivityGroup> Group(IReadOnlyList<ActivityItem> items, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var gap = window ?? GroupWindow;
        var groups = new List<ActivityGroup>();
        List<ActivityItem>? run = null;
        foreach (var item in items)
        {
            var last = run?[^1];
            if (run is not null && last is not null && item.IsSmallEdit && last.IsSmallEdit && item.AuthorId == last.AuthorId && item.At - last.At <= gap)
            {
                run.Add(item);
                continue;
            }

            if (run is not null)
            {
                groups.Add(new ActivityGroup(run[0].AuthorId, run[0].AuthorName, run));
            }

            run = [item];
        }

        if (run is not null)
        {
            groups.Add(new ActivityGroup(run[0].AuthorId, run[0].AuthorName, run));
        }

        groups.Reverse();
        return groups;
    }

    /// <summary>One element's own history, newest first.</summary>
    public static IReadOnlyList<ActivityItem> ForElement(IReadOnlyList<ActivityItem> items, string elementId)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Where(i => i.ElementId == elementId).Reverse().ToList();
    }
}
