using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Accounts;

/// <summary>
/// The one way into an account's own sequencer (<see cref="AccountRoomIds"/>): the caller's account right
/// (<see cref="AccountAccess"/>) becomes a team grant, editing for Edit and Manage, viewing for View; customers and
/// strangers get nothing. The room access policy refuses the sequencer's id on every deal-room path, so this is the
/// only gate, and it hands out only team participants.
/// </summary>
public sealed class AccountSequencer(IDbContextFactory<DealRoomDbContext> contexts, RoomRegistry registry)
{
    public async Task<AccessResult<RoomParticipant>> JoinAsync(
        ClaimsPrincipal caller, string accountId, string connectionId, CancellationToken cancellationToken)
    {
        AccountRight right;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            right = await AccountAccess.RightAsync(db, caller, accountId, cancellationToken);
        }

        if (right == AccountRight.None || !caller.IsTeamMember())
        {
            return AccessResult<RoomParticipant>.Forbidden("You may not open this account.");
        }

        var session = await registry.GetAsync(AccountRoomIds.For(accountId), cancellationToken);
        if (session is null)
        {
            return AccessResult<RoomParticipant>.Fail(ErrorCodes.NotFound, "No such account.");
        }

        var grant = new RoomGrant(caller.UserId()!, caller.NameForDisplay(), ParticipantKind.Team, right >= AccountRight.Edit);
        return AccessResult<RoomParticipant>.Ok(session.Join(grant, connectionId));
    }
}
