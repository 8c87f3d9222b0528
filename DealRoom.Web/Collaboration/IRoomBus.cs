using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Tells the other nodes that a room has new committed operations (and, when small enough, what they are), so
/// their sessions follow without reading the shared database each time. The single-node default does nothing.
/// </summary>
public interface IRoomBus
{
    ValueTask PublishAsync(string roomId, IReadOnlyList<CommittedOperation> committed, CancellationToken cancellationToken);
}

/// <summary>The bus of a single node: there is nobody else to wake.</summary>
public sealed class LocalRoomBus : IRoomBus
{
    public ValueTask PublishAsync(string roomId, IReadOnlyList<CommittedOperation> committed, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
