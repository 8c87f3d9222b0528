namespace DealRoom.Web.Collaboration;

/// <summary>
/// Tells the other nodes that a room has new committed operations, so their sessions catch up from the shared
/// database. The single-node default does nothing.
/// </summary>
public interface IRoomBus
{
    ValueTask PublishAsync(string roomId, long version, CancellationToken cancellationToken);
}

/// <summary>The bus of a single node: there is nobody else to wake.</summary>
public sealed class LocalRoomBus : IRoomBus
{
    public ValueTask PublishAsync(string roomId, long version, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
