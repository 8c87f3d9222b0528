using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>Following what other nodes commit to the room, without a read of the op log per commit.</summary>
public sealed partial class RoomSession
{
    /// <summary>Asks the session to read operations another node committed (the cross-node wake-up).</summary>
    public void RequestSync() => Enqueue(WorkItem.Sync);

    /// <summary>
    /// Reads what other nodes committed and completes once this session holds it (for a join or catch-up on a
    /// node that may not have been woken yet). Completes at once when the session is closing.
    /// </summary>
    public Task SyncAsync()
    {
        var item = new WorkItem(null);
        return Enqueue(item) ? item.Completion.Task : Task.CompletedTask;
    }

    /// <summary>
    /// Hands the session operations another node committed (carried by the room bus). They are applied when they
    /// follow on from the session's version; after a gap the session reads the op log instead, which stays the truth.
    /// </summary>
    public void RequestSync(IReadOnlyList<CommittedOperation> committed)
    {
        ArgumentNullException.ThrowIfNull(committed);
        Enqueue(new WorkItem(null, committed));
    }

    /// <summary>Applies carried operations in order; false when they leave a gap (or do not apply) and the log must be read.</summary>
    private async Task<bool> TakeInRemoteAsync(List<IReadOnlyList<CommittedOperation>> remote)
    {
        foreach (var committed in remote)
        {
            var before = _state;
            var fresh = committed.Where(op => op.Version > before.Version).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            if (fresh[0].Version != before.Version + 1)
            {
                return false;
            }

            IReadOnlyList<RoomState> states;
            try
            {
                states = RoomReplay.ReplayEach(before, fresh);
            }
            catch (InvalidDataException ex)
            {
                LogRemoteRejected(ex, RoomId);
                return false;
            }

            await AdoptAsync(before, states, fresh).ConfigureAwait(false);
        }

        return true;
    }

    private async Task CatchUpFromStoreAsync()
    {
        var state = _state;
        var missing = await _log.ReadSinceAsync(RoomId, state.Version, int.MaxValue, CancellationToken.None).ConfigureAwait(false);
        if (missing.Count == 0)
        {
            return;
        }

        await AdoptAsync(state, RoomReplay.ReplayEach(state, missing), missing).ConfigureAwait(false);
    }

    /// <summary>Takes in operations another node committed, replayed onto this session's state, and tells the listeners.</summary>
    private async Task AdoptAsync(RoomState before, IReadOnlyList<RoomState> states, IReadOnlyList<CommittedOperation> operations)
    {
        var after = states[^1];
        _state = after;
        _recent.AddRange(operations);
        await PublishAsync(new RoomUpdate(operations, states, before, local: false)).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: operations carried by the room bus did not apply; reading the op log")]
    private partial void LogRemoteRejected(Exception ex, string roomId);
}
