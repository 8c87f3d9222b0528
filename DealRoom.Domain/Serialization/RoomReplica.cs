using System.Text.Json;
using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Serialization;

/// <summary>
/// A client's copy of a room, built only from what the hub protocol sends: a snapshot, then each
/// <c>OperationApplied</c> applied in version order (out-of-order ones wait; ones already held are ignored).
/// A team member sees every version; a customer (<see cref="Sparse"/>) sees only some, applied as they come.
/// Not thread-safe: callers serialise access. Any .NET client can use it; the tests and the load tool do.
/// </summary>
public sealed class RoomReplica(bool sparse = false, RoomState? resumeFrom = null)
{
    private readonly SortedDictionary<long, JsonElement> _pending = [];

    /// <summary>The replica's state; null before the first snapshot (unless resumed).</summary>
    public RoomState? State { get; private set; } = resumeFrom;

    /// <summary>True for a customer, whose versions have gaps.</summary>
    public bool Sparse { get; } = sparse;

    /// <summary>Set when a broadcast operation could not be read or applied: the replica diverged and stops.</summary>
    public string? Error { get; private set; }

    public long Version => State?.Version ?? -1;

    /// <summary>
    /// True when later versions are waiting for a missing one: a message was lost (e.g. the node that committed it
    /// stopped before broadcasting). Call <c>GetChanges</c> with <see cref="Version"/> and pass the answer to
    /// <see cref="ApplyCatchUp"/>.
    /// </summary>
    public bool HasGap => !Sparse && State is not null && _pending.Count > 0 && _pending.Keys.First() > State.Version + 1;

    /// <summary>Takes the answer of <c>JoinRoom</c> or <c>GetChanges</c>: its snapshot and/or its operations.</summary>
    public void ApplyCatchUp(JsonElement answer)
    {
        if (answer.TryGetProperty("snapshot", out var snapshot) && snapshot.ValueKind == JsonValueKind.Object)
        {
            State = SnapshotJson.Read(snapshot);
        }

        if (answer.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
        {
            foreach (var op in operations.EnumerateArray())
            {
                _pending[op.GetProperty("version").GetInt64()] = op.Clone();
            }
        }

        Drain();
    }

    /// <summary>Takes one <c>OperationApplied</c> message.</summary>
    public void ApplyOperation(JsonElement message)
    {
        _pending[message.GetProperty("version").GetInt64()] = message.Clone();
        Drain();
    }

    /// <summary>Takes a <c>RoomReset</c> message: the whole view anew.</summary>
    public void Reset(JsonElement message)
    {
        State = SnapshotJson.Read(message.GetProperty("snapshot"));
        Drain();
    }

    private void Drain()
    {
        if (State is null || Error is not null)
        {
            return;
        }

        while (_pending.Count > 0)
        {
            var (version, next) = _pending.First();
            if (version <= State.Version)
            {
                _pending.Remove(version);
                continue;
            }

            if (!Sparse && version != State.Version + 1)
            {
                return;
            }

            _pending.Remove(version);
            var (operation, error) = OperationJson.Read(next.GetProperty("operation"));
            if (operation is null)
            {
                Error = $"v{version}: unreadable operation ({error?.Message})";
                return;
            }

            var context = new OperationContext(
                next.GetProperty("authorId").GetString()!, next.GetProperty("authorName").GetString()!, next.GetProperty("at").GetDateTimeOffset());
            var result = State.Apply(operation, context);
            if (result.State is null)
            {
                Error = $"v{version}: {operation.Type} did not apply on the replica ({result.Error?.Code}: {result.Error?.Message})";
                return;
            }

            State = result.State with { Version = version };
        }
    }
}
