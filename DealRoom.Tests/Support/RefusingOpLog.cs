using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Support;

/// <summary>
/// The real op log, except that it fails to commit any field update carrying <see cref="Marker"/>: the room then
/// refuses that submission as a real server does when its storage fails (nothing applied, the reason sent back).
/// </summary>
public sealed class RefusingOpLog(IOpLog inner, string marker) : IOpLog
{
    public string Marker { get; } = marker;

    public Task<RoomLoad?> LoadAsync(string roomId, CancellationToken cancellationToken) => inner.LoadAsync(roomId, cancellationToken);

    public Task<IReadOnlyList<CommittedOperation>> ReadSinceAsync(string roomId, long afterVersion, int max, CancellationToken cancellationToken) =>
        inner.ReadSinceAsync(roomId, afterVersion, max, cancellationToken);

    public Task<RoomState?> LoadAtAsync(string roomId, long version, CancellationToken cancellationToken) =>
        inner.LoadAtAsync(roomId, version, cancellationToken);

    public Task AppendAsync(string roomId, IReadOnlyList<CommittedOperation> operations)
    {
        var refused = operations.Any(o => o.Operation is UpdateElement update
            && update.Fields.Values.Any(v => v?.Contains(Marker, StringComparison.Ordinal) == true));
        return refused ? Task.FromException(new IOException("The test's storage refuses this write.")) : inner.AppendAsync(roomId, operations);
    }

    public Task SaveSnapshotAsync(RoomState state) => inner.SaveSnapshotAsync(state);
}
