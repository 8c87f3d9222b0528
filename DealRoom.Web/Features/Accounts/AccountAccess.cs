using System.Security.Claims;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts;

/// <summary>What a caller may do with one account.</summary>
public enum AccountRight
{
    /// <summary>Nothing: customers, strangers, team members with no room of the account.</summary>
    None,

    /// <summary>Read it: a viewer of one of its rooms.</summary>
    View,

    /// <summary>Read and edit profile, leads and links: an editor or owner of one of its rooms.</summary>
    Edit,

    /// <summary>Everything: the account's executive account managers and administrators.</summary>
    Manage,
}

/// <summary>
/// Who sees an account: administrators all of them; an executive account manager the accounts they manage; a team
/// member the accounts of their rooms. Customers never, on any path.
/// </summary>
public static class AccountAccess
{
    public static async Task<AccountRight> RightAsync(DealRoomDbContext db, ClaimsPrincipal caller, string accountId, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || caller.UserId() is not { } userId)
        {
            return AccountRight.None;
        }

        if (caller.IsInRole(TeamRoles.Administrator)
            || await db.AccountManagers.AnyAsync(m => m.AccountId == accountId && m.UserId == userId, cancellationToken))
        {
            return await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken) ? AccountRight.Manage : AccountRight.None;
        }

        var roles = await db.RoomMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Rooms.Where(r => r.AccountId == accountId), m => m.RoomId, r => r.Id, (m, r) => m.Role)
            .ToListAsync(cancellationToken);
        return roles.Count == 0 ? AccountRight.None
            : roles.Any(r => r >= RoomRole.Editor) ? AccountRight.Edit
            : AccountRight.View;
    }

    /// <summary>The ids of the accounts the caller may see.</summary>
    public static async Task<List<string>> VisibleAsync(DealRoomDbContext db, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || caller.UserId() is not { } userId)
        {
            return [];
        }

        if (caller.IsInRole(TeamRoles.Administrator))
        {
            return await db.Accounts.Select(a => a.Id).ToListAsync(cancellationToken);
        }

        var managed = db.AccountManagers.Where(m => m.UserId == userId).Select(m => m.AccountId);
        var ofRooms = db.RoomMembers.Where(m => m.UserId == userId)
            .Join(db.Rooms, m => m.RoomId, r => r.Id, (m, r) => r.AccountId)
            .Where(a => a != null)
            .Select(a => a!);
        return await db.Accounts.Where(a => managed.Contains(a.Id) || ofRooms.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
    }
}
