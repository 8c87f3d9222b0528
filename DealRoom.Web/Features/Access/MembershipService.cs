using System.Security.Claims;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Access;

/// <summary>A member of a room as the members page shows them.</summary>
public sealed record RoomMember(string UserId, string DisplayName, string Email, RoomRole Role, IReadOnlyList<string> TeamRoles, string? Expertise);

/// <summary>Room membership: who sees which room, and in which role. Every method checks the caller's rights.</summary>
public sealed class MembershipService(
    IDbContextFactory<DealRoomDbContext> contexts,
    UserManager<TeamUser> users,
    RoomStore store,
    AccessEvents events,
    TimeProvider clock,
    Experts.TeamCards cards) : IRoomDirectory
{
    /// <summary>The rooms the caller may open: memberships, rooms of the accounts they manage, a customer's one room.</summary>
    public async Task<IReadOnlyList<RoomRecord>> VisibleRoomsAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        List<RoomRecord> rooms;
        if (caller.IsCustomer())
        {
            var roomId = caller.FindFirstValue(AccessClaims.Room);
            rooms = await db.Rooms.AsNoTracking().Where(r => r.Id == roomId).ToListAsync(cancellationToken);
        }
        else if (caller.IsTeamMember())
        {
            var userId = caller.UserId()!;
            var accountIds = db.AccountManagers.Where(m => m.UserId == userId).Select(m => m.AccountId);
            var memberOf = db.RoomMembers.Where(m => m.UserId == userId).Select(m => m.RoomId);
            rooms = await db.Rooms.AsNoTracking()
                .Where(r => memberOf.Contains(r.Id) || (r.AccountId != null && accountIds.Contains(r.AccountId)))
                .ToListAsync(cancellationToken);
        }
        else
        {
            rooms = [];
        }

        return rooms.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Creates a room; its creator becomes its owner.</summary>
    public async Task<AccessResult<RoomRecord>> CreateRoomAsync(ClaimsPrincipal caller, string name, string? accountId, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember())
        {
            return AccessResult<RoomRecord>.Forbidden("Only team members can create rooms.");
        }

        name = name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return AccessResult<RoomRecord>.Fail(ErrorCodes.Required, "Give the room a name (at most 200 characters).", "name");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A room of an account opens the account to its members: only those who may edit the account put rooms in it.
        if (accountId is not null && await Accounts.AccountAccess.RightAsync(db, caller, accountId, cancellationToken) < Accounts.AccountRight.Edit)
        {
            return AccessResult<RoomRecord>.Fail(ErrorCodes.Forbidden, "You may not add rooms to this account.", "accountId");
        }

        var room = await store.CreateRoomAsync(Ids.New("room"), name, accountId, cancellationToken);
        db.RoomMembers.Add(new RoomMemberRecord { RoomId = room.Id, UserId = caller.UserId()!, Role = RoomRole.Owner, AddedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return AccessResult<RoomRecord>.Ok(room);
    }

    public async Task<AccessResult<IReadOnlyList<RoomMember>>> ListAsync(ClaimsPrincipal caller, string roomId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!caller.IsTeamMember() || await DbRoomAccessPolicy.RoleAsync(db, roomId, caller.UserId()!, cancellationToken) is null)
        {
            return AccessResult<IReadOnlyList<RoomMember>>.Forbidden();
        }

        var members = await db.RoomMembers.AsNoTracking().Where(m => m.RoomId == roomId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Role, User = u })
            .ToListAsync(cancellationToken);
        var result = new List<RoomMember>();
        foreach (var member in members.OrderByDescending(m => m.Role).ThenBy(m => m.User.DisplayName, StringComparer.OrdinalIgnoreCase))
        {
            var roles = await users.GetRolesAsync(member.User);
            result.Add(new RoomMember(member.User.Id, member.User.DisplayName, member.User.Email ?? string.Empty, member.Role, [.. roles], member.User.Expertise));
        }

        return AccessResult<IReadOnlyList<RoomMember>>.Ok(result);
    }

    /// <summary>
    /// Adds or changes a member. The owner may add anyone in any role; an executive account manager may add
    /// domain experts, as editors, to the rooms of the accounts they manage.
    /// </summary>
    public async Task<AccessResult<RoomMember>> AddAsync(ClaimsPrincipal caller, string roomId, string email, RoomRole role, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || !Enum.IsDefined(role))
        {
            return AccessResult<RoomMember>.Forbidden();
        }

        var user = await users.FindByEmailAsync(email?.Trim() ?? string.Empty);
        if (user is null)
        {
            return AccessResult<RoomMember>.Fail(ErrorCodes.NotFound, "No team member has that e-mail address.", "email");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var callerId = caller.UserId()!;
        var isOwner = await db.RoomMembers.AnyAsync(m => m.RoomId == roomId && m.UserId == callerId && m.Role == RoomRole.Owner, cancellationToken);
        var roles = await users.GetRolesAsync(user);
        if (!isOwner)
        {
            var managesRoom = await db.Rooms.Where(r => r.Id == roomId && r.AccountId != null)
                .Join(db.AccountManagers, r => r.AccountId, m => m.AccountId, (r, m) => m.UserId)
                .AnyAsync(u => u == callerId, cancellationToken);
            if (!managesRoom || !caller.IsInRole(TeamRoles.ExecutiveAccountManager) || !roles.Contains(TeamRoles.DomainExpert) || role != RoomRole.Editor)
            {
                return AccessResult<RoomMember>.Forbidden("Only the owner adds members; an executive account manager adds domain experts as editors to their accounts' rooms.");
            }
        }

        var existing = await db.RoomMembers.FirstOrDefaultAsync(m => m.RoomId == roomId && m.UserId == user.Id, cancellationToken);
        if (existing is null)
        {
            db.RoomMembers.Add(new RoomMemberRecord { RoomId = roomId, UserId = user.Id, Role = role, AddedAt = clock.GetUtcNow() });
        }
        else if (existing.Role == RoomRole.Owner && role != RoomRole.Owner && await IsLastOwnerAsync(db, roomId, cancellationToken))
        {
            return AccessResult<RoomMember>.Fail(ErrorCodes.InvalidValue, "A room needs at least one owner.");
        }
        else
        {
            existing.Role = role;
        }

        await db.SaveChangesAsync(cancellationToken);

        // A member's card is on the map, linked to them, as soon as they are in the room (docs/architecture.md).
        await cards.EnsureCardAsync(roomId, user, role, new Collaboration.Author(callerId, caller.NameForDisplay()), cancellationToken);
        return AccessResult<RoomMember>.Ok(new RoomMember(user.Id, user.DisplayName, user.Email ?? string.Empty, role, [.. roles], user.Expertise));
    }

    public async Task<AccessResult<bool>> RemoveAsync(ClaimsPrincipal caller, string roomId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var callerId = caller.UserId();
        if (!caller.IsTeamMember()
            || !await db.RoomMembers.AnyAsync(m => m.RoomId == roomId && m.UserId == callerId && m.Role == RoomRole.Owner, cancellationToken))
        {
            return AccessResult<bool>.Forbidden("Only the room's owner removes members.");
        }

        var member = await db.RoomMembers.FirstOrDefaultAsync(m => m.RoomId == roomId && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            return AccessResult<bool>.Fail(ErrorCodes.NotFound, "That person is not a member of this room.");
        }

        if (member.Role == RoomRole.Owner && await IsLastOwnerAsync(db, roomId, cancellationToken))
        {
            return AccessResult<bool>.Fail(ErrorCodes.InvalidValue, "A room needs at least one owner.");
        }

        db.RoomMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        events.RaiseMemberRemoved(roomId, userId);

        // Someone who left the room no longer works the deal: their linked card goes, with the coverage it held.
        await cards.RemoveCardsAsync(roomId, userId, new Collaboration.Author(callerId!, caller.NameForDisplay()), cancellationToken);
        return AccessResult<bool>.Ok(true);
    }

    private static async Task<bool> IsLastOwnerAsync(DealRoomDbContext db, string roomId, CancellationToken cancellationToken) =>
        await db.RoomMembers.CountAsync(m => m.RoomId == roomId && m.Role == RoomRole.Owner, cancellationToken) <= 1;
}
