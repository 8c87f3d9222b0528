namespace DealRoom.Domain.Rooms;

/// <summary>
/// Rebuilds states from the op log through the same <see cref="RoomState.Apply"/> that committed them: loading a
/// room, following another node's commits, opening the room as it was at a version.
/// </summary>
public static class RoomReplay
{
    /// <summary>The state after every operation, applied in order onto <paramref name="state"/>.</summary>
    /// <exception cref="InvalidDataException">The log skips a version, or a logged operation no longer applies.</exception>
    public static RoomState Replay(RoomState state, IEnumerable<CommittedOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var op in operations)
        {
            state = Next(state, op);
        }

        return state;
    }

    /// <summary>The state after each operation, in order (one entry per operation).</summary>
    /// <exception cref="InvalidDataException">The log skips a version, or a logged operation no longer applies.</exception>
    public static IReadOnlyList<RoomState> ReplayEach(RoomState state, IReadOnlyList<CommittedOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var states = new RoomState[operations.Count];
        for (var i = 0; i < operations.Count; i++)
        {
            state = states[i] = Next(state, operations[i]);
        }

        return states;
    }

    private static RoomState Next(RoomState state, CommittedOperation op)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (op.Version != state.Version + 1)
        {
            throw new InvalidDataException($"Room {state.RoomId}: the op log jumps from version {state.Version} to {op.Version}.");
        }

        var result = state.Apply(op.Operation, op.Context);
        return result.State ?? throw new InvalidDataException(
            $"Room {state.RoomId}: logged operation {op.Version} no longer applies ({result.Error?.Code}).");
    }
}
