using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.History;

/// <summary>
/// The history a circuit shows, read straight from the stores (no HTTP to itself) under the same rules as the REST
/// endpoints: a past version as the viewer may see it, the activity feed, and the version each person last had open.
/// </summary>
public sealed class RoomHistoryService(RoomStore store, IDbContextFactory<DealRoomDbContext> contexts, TimeProvider clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string RoomId, bool Customer), Feed> _feeds = new();

    /// <summary>How far back the feed reads the op log: older activity is in the time machine.</summary>
    public const int FeedOperations = 2_000;

    // Past this many new operations a fresh read is as cheap as describing them on top of the cached feed.
    private const int IncrementalLimit = 200;

    /// <summary>The room at a version as <paramref name="rights"/> may see it; <paramref name="current"/> is the session's full state.</summary>
    public Task<RoomState> StateAtAsync(RoomAccess rights, RoomState current, long version, CancellationToken ct) =>
        RoomHistoryEndpoints.SeenAtAsync(store, rights, current, version, ct);

    /// <summary>The latest operations of the room in plain words, as this viewer may see them, oldest first.</summary>
    public async Task<IReadOnlyList<ActivityItem>> ActivityAsync(RoomAccess rights, RoomState current, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(current);

        // Every open panel of a room asks again after each edit: the last answer per room and audience is kept.
        var key = (current.RoomId, rights.IsCustomer);
        var cached = _feeds.GetValueOrDefault(key);
        if (cached?.Version == current.Version)
        {
            return cached.Items;
        }

        // A few edits after the last answer: describe only those, from the state the last answer ended at (what a
        // full read would say of them is the same: each line depends only on the states before and after its
        // operation). A full read replays up to FeedOperations operations, milliseconds of CPU after every edit.
        var items = cached is not null && cached.Version < current.Version && current.Version - cached.Version <= IncrementalLimit
            ? await ExtendAsync(cached, rights, current, ct)
            : await ReadActivityAsync(rights, current, ct);
        _feeds[key] = new Feed(current.Version, current, items);
        return items;
    }

    /// <summary>The cached feed with the operations after it described and appended, trimmed to the same window.</summary>
    private async Task<IReadOnlyList<ActivityItem>> ExtendAsync(Feed cached, RoomAccess rights, RoomState current, CancellationToken ct)
    {
        var operations = await store.ReadSinceAsync(current.RoomId, cached.Version, (int)(current.Version - cached.Version), ct);
        if (operations.Count != current.Version - cached.Version)
        {
            return await ReadActivityAsync(rights, current, ct);
        }

        var added = RoomActivity.Describe(cached.State, operations, rights.IsCustomer);
        var from = Math.Max(0, current.Version - FeedOperations);
        return [.. cached.Items.Where(i => i.Version > from), .. added];
    }

    private async Task<IReadOnlyList<ActivityItem>> ReadActivityAsync(RoomAccess rights, RoomState current, CancellationToken ct)
    {
        var from = Math.Max(0, current.Version - FeedOperations);
        var start = from == 0 ? RoomState.Create(current.RoomId, current.Profile.Name) : await store.LoadAtAsync(current.RoomId, from, ct);
        if (start is null)
        {
            return [];
        }

        var operations = await store.ReadSinceAsync(current.RoomId, from, (int)(current.Version - from), ct);
        return RoomActivity.Describe(start, operations, rights.IsCustomer);
    }

    /// <summary>The version this person last had the room open at; null on a first visit.</summary>
    public async Task<long?> LastVisitAsync(string roomId, RoomAccess rights, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = KeyOf(rights);
        return await db.RoomVisits.AsNoTracking()
            .Where(v => v.RoomId == roomId && v.UserKey == key)
            .Select(v => (long?)v.Version)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Remembers that this person has the room open at <paramref name="version"/>.</summary>
    public async Task RecordVisitAsync(string roomId, RoomAccess rights, long version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = KeyOf(rights);
        var visit = await db.RoomVisits.FirstOrDefaultAsync(v => v.RoomId == roomId && v.UserKey == key, ct);
        if (visit is null)
        {
            db.RoomVisits.Add(new RoomVisitRecord { RoomId = roomId, UserKey = key, Version = version, At = clock.GetUtcNow() });
        }
        else if (visit.Version < version)
        {
            visit.Version = version;
            visit.At = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct);
    }

    private static string KeyOf(RoomAccess rights) => rights.InvitationId is { } invitation ? "invitation:" + invitation : rights.UserId;

    /// <summary>The last feed of a room and audience: its version, the room's full state at it, and its lines.</summary>
    private sealed record Feed(long Version, RoomState State, IReadOnlyList<ActivityItem> Items);
}
