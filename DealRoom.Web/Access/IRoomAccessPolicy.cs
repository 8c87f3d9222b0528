using System.Security.Claims;

namespace DealRoom.Web.Access;

/// <summary>Decides, for every path into a room (page, API, hub), who the caller is and what they may do.</summary>
public interface IRoomAccessPolicy
{
    Task<RoomAccess> CheckAsync(ClaimsPrincipal user, string fallbackId, string? requestedName, string roomId, CancellationToken cancellationToken);
}
