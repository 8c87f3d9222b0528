using System.Security.Claims;
using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Features.Access;

/// <summary>What a caller may do in one room.</summary>
public sealed record RoomAccess(bool CanView, bool CanEdit, ParticipantKind Audience, string UserId, string Name)
{
    public static RoomAccess Denied(string userId, string name) => new(false, false, ParticipantKind.Team, userId, name);
}

/// <summary>Decides, for every path into a room (page, API, hub), who the caller is and what they may do.</summary>
public interface IRoomAccessPolicy
{
    Task<RoomAccess> CheckAsync(ClaimsPrincipal user, string fallbackId, string? requestedName, string roomId, CancellationToken cancellationToken);
}

/// <summary>
/// The policy before sign-in exists: every caller is a team editor of every room, named as they ask.
/// Team sign-in and room membership replace it.
/// </summary>
public sealed class OpenRoomAccessPolicy : IRoomAccessPolicy
{
    public Task<RoomAccess> CheckAsync(ClaimsPrincipal user, string fallbackId, string? requestedName, string roomId, CancellationToken cancellationToken)
    {
        var name = user.Identity?.Name ?? requestedName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            name = "Guest";
        }

        name = name.Length > 60 ? name[..60] : name;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? fallbackId;
        return Task.FromResult(new RoomAccess(true, true, ParticipantKind.Team, id, name));
    }
}
