using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Persistence;

/// <summary>The op log on EF Core: reads through <see cref="RoomStore"/>, writes through the process's one <see cref="OpLogWriter"/>.</summary>
public sealed class OpLog(RoomStore store, OpLogWriter writer) : IOpLog
{
    public Task<RoomLoad?> LoadAsync(string roomId, CancellationToken cancellationToken) => store.LoadAsync(roomId, cancellationToken);

    public Task<IReadOnlyList<CommittedOperation>> ReadSinceAsync(string roomId, long afterVersion, int max, CancellationToken cancellationToken) =>
        store.ReadSinceAsync(roomId, afterVersion, max, cancellationToken);

    public Task<RoomState?> LoadAtAsync(string roomId, long version, CancellationToken cancellationToken) =>
        store.LoadAtAsync(roomId, version, cancellationToken);

    public Task AppendAsync(string roomId, IReadOnlyList<CommittedOperation> operations) => writer.AppendAsync(roomId, operations);

    public Task SaveSnapshotAsync(RoomState state) => writer.SaveSnapshotAsync(state);
}
