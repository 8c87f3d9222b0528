using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// The durable op log as the room sessions see it: what they load, append, read back and snapshot. The sequencer
/// depends on nothing else of persistence.
/// </summary>
public interface IOpLog
{
    /// <summary>A room: its latest snapshot plus every later operation replayed; null if the room does not exist.</summary>
    Task<RoomLoad?> LoadAsync(string roomId, CancellationToken cancellationToken);

    /// <summary>The committed operations after <paramref name="afterVersion"/>, in order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<CommittedOperation>> ReadSinceAsync(string roomId, long afterVersion, int max, CancellationToken cancellationToken);

    /// <summary>The room as it was at a version (the nearest snapshot and the log after it); null if the log does not reach it.</summary>
    Task<RoomState?> LoadAtAsync(string roomId, long version, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a batch durable; completes only after the commit. Throws <see cref="OpLogConflictException"/> when a
    /// version or opId of the batch is already taken (another writer got there first): nothing of it was written.
    /// </summary>
    Task AppendAsync(string roomId, IReadOnlyList<CommittedOperation> operations);

    /// <summary>Saves the canonical state so a later load replays less; best effort.</summary>
    Task SaveSnapshotAsync(RoomState state);
}
