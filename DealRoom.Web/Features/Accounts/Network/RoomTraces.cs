using System.Collections.Concurrent;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>
/// Each room's stakeholders over time (<see cref="RoomTrace"/>), kept per room and version: a room's op log is replayed
/// once, and after that only the operations committed since the trace was made are read and applied.
/// </summary>
public sealed class RoomTraces(RoomStore store, ILogger<RoomTraces> logger)
{
    /// <summary>How far back a trace reads a room's op log the first time: older changes are in the time machine.</summary>
    public const int MaxOperations = 10_000;

    /// <summary>Above this many rooms the cache starts again: a bound on memory, not an eviction policy worth more.</summary>
    public const int MaxRooms = 1_000;

    private readonly ConcurrentDictionary<string, RoomTrace> _traces = new(StringComparer.Ordinal);

    /// <summary>The trace of a room up to <paramref name="current"/> (the session's state).</summary>
    public async Task<RoomTrace> GetAsync(RoomState current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (_traces.TryGetValue(current.RoomId, out var cached))
        {
            if (cached.Version == current.Version)
            {
                return cached;
            }

            if (cached.Version < current.Version && current.Version - cached.Version <= MaxOperations)
            {
                var since = await store.ReadSinceAsync(current.RoomId, cached.Version, (int)(current.Version - cached.Version), cancellationToken);
                if (TryExtend(cached, since) is { } extended)
                {
                    return Keep(extended);
                }
            }
        }

        return Keep(await ReadAsync(current, cancellationToken));
    }

    private async Task<RoomTrace> ReadAsync(RoomState current, CancellationToken cancellationToken)
    {
        var from = Math.Max(0, current.Version - MaxOperations);
        var start = from == 0 ? RoomState.Create(current.RoomId, current.Profile.Name) : await store.LoadAtAsync(current.RoomId, from, cancellationToken);
        if (start is null)
        {
            return RoomTrace.Start(current);
        }

        var operations = await store.ReadSinceAsync(current.RoomId, from, (int)(current.Version - from), cancellationToken);
        return TryExtend(RoomTrace.Start(start), operations) ?? RoomTrace.Start(current);
    }

    private RoomTrace? TryExtend(RoomTrace trace, IReadOnlyList<CommittedOperation> operations)
    {
        try
        {
            return trace.Extend(operations);
        }
        catch (InvalidDataException ex)
        {
            // A log that no longer replays gives no history, never a wrong one: the network shows today only.
            logger.LogWarning(ex, "Room {RoomId}: its op log does not replay for the account's network history.", trace.State.RoomId);
            return null;
        }
    }

    private RoomTrace Keep(RoomTrace trace)
    {
        if (_traces.Count >= MaxRooms)
        {
            _traces.Clear();
        }

        _traces.AddOrUpdate(trace.State.RoomId, trace, (_, old) => old.Version > trace.Version ? old : trace);
        return trace;
    }
}
