using System.Security.Claims;

namespace DealRoom.Web.Access;

/// <summary>The rooms a caller may open (the hub's <c>ListRooms</c>); implemented by the membership service.</summary>
public interface IRoomDirectory
{
    Task<IReadOnlyList<RoomRecord>> VisibleRoomsAsync(ClaimsPrincipal caller, CancellationToken cancellationToken);
}
