using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Tests.Web;

/// <summary>Small room states for component tests, built through the domain's own operations.</summary>
internal static class ComponentRooms
{
    private static readonly OperationContext Context = new("test", "Test", DateTimeOffset.UnixEpoch);

    public static RoomState With(params Operation[] operations)
    {
        var state = RoomState.Create("room-test", "Test room");
        foreach (var operation in operations)
        {
            var result = state.Apply(operation, Context);
            Assert.True(result.Succeeded, result.Error?.Message);
            state = result.State!;
        }

        return state;
    }

    /// <summary>The state after one more operation (which must succeed).</summary>
    public static RoomState Then(RoomState state, Operation operation)
    {
        var result = state.Apply(operation, Context);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.State!;
    }

    public static Dictionary<string, string?> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
}
