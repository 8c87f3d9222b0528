using DealRoom.Domain.Accounts;
using DealRoom.Domain.Experts;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration;

/// <summary>A loaded room: its state, the operations replayed since the snapshot, and every opId it committed.</summary>
public sealed record RoomLoad(
    string RoomId,
    RoomState State,
    IReadOnlyList<CommittedOperation> RecentOperations,
    long SnapshotVersion,
    IReadOnlyList<KeyValuePair<string, long>> OpIds)
{
    /// <summary>What the gap rules know of the room's account when it was loaded; null for a room without one.</summary>
    public AccountFacts? Account { get; init; }

    /// <summary>What the expert directory knew of the room when it was loaded (E3–E5); null when not read.</summary>
    public RoomExpertFacts? Experts { get; init; }
}
