using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Checks a comment's mentions before it is sequenced: only the server knows a room's members, the domain does not.
/// The comments feature implements it, so the hub needs no feature of its own to ask.
/// </summary>
public interface IMentionCheck
{
    /// <summary>Null when everyone the operation mentions may be mentioned in the room; otherwise the error to answer.</summary>
    Task<RoomError?> CheckAsync(string roomId, Operation operation, CancellationToken cancellationToken);
}
