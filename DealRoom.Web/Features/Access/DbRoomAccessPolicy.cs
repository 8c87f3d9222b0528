using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Access;

/// <summary>
/// Room access from the database: team members by their room role (or as executive account manager of the room's
/// account); customers by a live invitation to exactly this room. Everyone else: nothing.
/// </summary>
public sealed class DbRoomAccessPolicy(IDbContextFactory<DealRoomDbContext> contexts, TimeProvider clock) : IRoomAccessPolicy
{
    public async Task<RoomAccess> CheckAsync(
        ClaimsPrincipal user, string fallbackId, string? requestedName, string roomId, CancellationToken cancellationToken)
    {
        var name = user.NameForDisplay();

        // An account's own sequencer is keyed like a room but is no room: no hub, REST or page path of a deal room
        // reaches it, for anyone (the account page joins it through AccountSequencer with the account right).
        if (AccountRoomIds.IsAccountRoom(roomId))
        {
            return RoomAccess.Denied(user.UserId() ?? fallbackId, requestedName ?? name);
        }

        if (user.Identity?.IsAuthenticated != true || user.UserId() is not { } userId)
        {
            return RoomAccess.Denied(fallbackId, requestedName ?? "Guest");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (user.IsCustomer())
        {
            var invitationId = user.FindFirstValue(AccessClaims.Invitation);
            var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
            var live = invitation is not null && invitation.RoomId == roomId
                && invitation.StatusAt(clock.GetUtcNow()) is InvitationStatus.Active or InvitationStatus.Pending;
            return live
                ? new RoomAccess(true, invitation!.Rights == InvitationRights.Edit, ParticipantKind.Customer, userId, name)
                {
                    InvitationId = invitation.Id,
                    StakeholderId = invitation.StakeholderId,
                }
                : RoomAccess.Denied(userId, name);
        }

        var role = await RoleAsync(db, roomId, userId, cancellationToken);
        return role is null
            ? RoomAccess.Denied(userId, name)
            : new RoomAccess(true, role >= RoomRole.Editor, ParticipantKind.Team, userId, name) { Role = role };
    }

    /// <summary>The user's effective role in a room: membership, or Editor as manager of the room's account.</summary>
    public static async Task<RoomRole?> RoleAsync(DealRoomDbContext db, string roomId, string userId, CancellationToken cancellationToken)
    {
        var member = await db.RoomMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.RoomId == roomId && m.UserId == userId, cancellationToken);
        if (member is not null)
        {
            return member.Role;
        }

        var managesAccount = await db.Rooms.AsNoTracking()
            .Where(r => r.Id == roomId && r.AccountId != null)
            .Join(db.AccountManagers, r => r.AccountId, m => m.AccountId, (r, m) => m.UserId)
            .AnyAsync(u => u == userId, cancellationToken);
        return managesAccount ? RoomRole.Editor : null;
    }
}
