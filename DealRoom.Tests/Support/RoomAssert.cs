using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.Tests.Support;

/// <summary>Assertions that every applied or refused operation must satisfy.</summary>
public static class RoomAssert
{
    /// <summary>
    /// Applies an operation that must succeed: the version goes up by exactly one and the original state is unchanged.
    /// </summary>
    public static ApplyResult Applies(RoomState state, Operation operation, OperationContext? context = null)
    {
        var before = SnapshotJson.ToJson(state);
        var indexBefore = state.Index.ToArray();

        var result = state.Apply(operation, context ?? RoomBuilder.Context);

        Assert.True(result.Succeeded, $"Expected {operation.Type} to apply, but got {result.Error?.Code}: {result.Error?.Message}");
        Assert.Null(result.Error);
        Assert.NotNull(result.State);
        Assert.NotNull(result.Applied);
        Assert.NotSame(state, result.State);
        Assert.Equal(state.Version + 1, result.State.Version);
        Assert.Equal(operation.Type, result.Applied.Type);
        Assert.Equal(before, SnapshotJson.ToJson(state));
        Assert.Equal(indexBefore, state.Index.ToArray());
        return result;
    }

    /// <summary>Applies and returns only the next state.</summary>
    public static RoomState Next(RoomState state, Operation operation, OperationContext? context = null) =>
        Applies(state, operation, context).State!;

    /// <summary>
    /// Applies an operation that must be refused with exactly <paramref name="code"/>, leaving no trace: no state,
    /// no applied operation, and the original state byte-for-byte as it was.
    /// </summary>
    public static RoomError Rejects(RoomState state, Operation operation, string code, string? because = null)
    {
        var before = SnapshotJson.ToJson(state);
        var indexBefore = state.Index.ToArray();
        var version = state.Version;

        var result = state.Apply(operation, RoomBuilder.Context);

        var what = because is null ? operation.Type : $"{operation.Type} ({because})";
        Assert.False(result.Succeeded, $"Expected {what} to be refused with {code}, but it applied.");
        Assert.NotNull(result.Error);
        Assert.True(code == result.Error.Code, $"Expected {what} to be refused with {code}, but got {result.Error.Code}: {result.Error.Message}");
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        Assert.Null(result.State);
        Assert.Null(result.Applied);
        Assert.Equal(version, state.Version);
        Assert.Equal(before, SnapshotJson.ToJson(state));
        Assert.Equal(indexBefore, state.Index.ToArray());
        return result.Error;
    }
}
