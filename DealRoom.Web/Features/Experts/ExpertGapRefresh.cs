using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// Hands the rooms loaded on this node new expert directory facts after a change that gap rules E3–E5 read (a request
/// opened or answered, a capacity or area changed, a deal's outcome recorded), so their gap reports are evaluated again
/// at once. Rooms not loaded read the facts when they load. With several nodes, <see cref="RefreshedHere"/> carries
/// the rooms to the others (the Redis news relay), which refresh their own loaded sessions of them from the shared
/// database with <see cref="RefreshFromOtherNodeAsync"/>.
/// </summary>
public sealed partial class ExpertGapRefresh(IDbContextFactory<DealRoomDbContext> contexts, RoomRegistry registry, ILogger<ExpertGapRefresh> logger)
{
    /// <summary>The rooms whose facts changed on this node (not relayed from another), for the relay to pass on.</summary>
    public event Action<IReadOnlyCollection<string>>? RefreshedHere;

    /// <summary>Refreshes these rooms and every room where one of these users is assigned (their hours count everywhere).</summary>
    public Task RefreshAsync(IEnumerable<string> roomIds, IReadOnlyCollection<string>? userIds = null, CancellationToken cancellationToken = default) =>
        RefreshAsync(roomIds, userIds, relay: true, cancellationToken);

    /// <summary>Rooms whose facts another node changed: refreshed where loaded here, not passed on again.</summary>
    public Task RefreshFromOtherNodeAsync(IReadOnlyCollection<string> roomIds) => RefreshAsync(roomIds, null, relay: false, CancellationToken.None);

    private async Task RefreshAsync(IEnumerable<string> roomIds, IReadOnlyCollection<string>? userIds, bool relay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roomIds);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rooms = new HashSet<string>(roomIds, StringComparer.Ordinal);
            if (userIds is { Count: > 0 })
            {
                rooms.UnionWith(await ExpertFacts.RoomsOfAsync(db, userIds, cancellationToken));
            }

            if (relay && rooms.Count > 0)
            {
                RefreshedHere?.Invoke([.. rooms]);
            }

            foreach (var roomId in rooms)
            {
                if (registry.Loaded(roomId) is { IsClosed: false } session)
                {
                    await session.RefreshExpertsAsync(await ExpertFacts.ForRoomAsync(db, roomId, cancellationToken));
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The change itself is saved; the gaps catch up at the room's next load.
            LogRefreshFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expert facts could not be handed to the loaded rooms")]
    private partial void LogRefreshFailed(Exception ex);
}
