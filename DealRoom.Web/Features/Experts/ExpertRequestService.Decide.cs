using System.Security.Claims;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>Answering a request: assigning an expert or declining, and who may.</summary>
public sealed partial class ExpertRequestService
{
    /// <summary>
    /// Assigns an expert: they become an editor of the room (unless already a member), their linked card appears on
    /// the map for everyone in the room, and the request closes; the expert and the requester are told.
    /// </summary>
    public async Task<AccessResult<ExpertRequestDto>> AssignAsync(ClaimsPrincipal caller, string requestId, string? userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, error) = await ManagedRequestAsync(db, caller, requestId, cancellationToken, tracked: true);
        if (request is null)
        {
            return AccessResult<ExpertRequestDto>.Fail(error!.Code, error.Message, error.Field);
        }

        if (request.Status != ExpertRequestStatus.Open)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.InvalidValue, "This request has already been answered.");
        }

        var expert = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (expert is null)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.NotFound, "No team member has that id.", "userId");
        }

        var now = clock.GetUtcNow();
        var member = await db.RoomMembers.FirstOrDefaultAsync(m => m.RoomId == request.RoomId && m.UserId == expert.Id, cancellationToken);
        if (member is null)
        {
            member = new RoomMemberRecord { RoomId = request.RoomId, UserId = expert.Id, Role = RoomRole.Editor, AddedAt = now };
            db.RoomMembers.Add(member);
        }

        request.Status = ExpertRequestStatus.Assigned;
        request.AssignedUserId = expert.Id;
        request.DecidedByUserId = caller.UserId();
        request.DecidedAt = now;
        var roomName = await RoomNameAsync(db, request.RoomId, cancellationToken);
        var link = $"/rooms/{request.RoomId}";
        await Notifier.AddAsync(db, expert.Id, $"You are assigned to {roomName} for {request.Expertise} ({request.Hours} h/week).", link, now, cancellationToken);
        await Notifier.AddAsync(db, request.RequestedByUserId, $"{expert.DisplayName} joins {roomName} for {request.Expertise}.", link, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The card follows the membership now committed; the op log records it in the assigner's name.
        await cards.EnsureCardAsync(request.RoomId, expert, member.Role, new Author(caller.UserId()!, caller.NameForDisplay()), cancellationToken);
        LogAssigned(request.Id, request.RoomId, expert.Id);
        events.Raise(null);
        await gapRefresh.RefreshAsync([request.RoomId], [expert.Id], cancellationToken);
        return AccessResult<ExpertRequestDto>.Ok(await ToDtoAsync(db, request, cancellationToken));
    }

    /// <summary>Declines a request, saying why; the requester is told.</summary>
    public async Task<AccessResult<ExpertRequestDto>> DeclineAsync(ClaimsPrincipal caller, string requestId, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, error) = await ManagedRequestAsync(db, caller, requestId, cancellationToken, tracked: true);
        if (request is null)
        {
            return AccessResult<ExpertRequestDto>.Fail(error!.Code, error.Message, error.Field);
        }

        if (request.Status != ExpertRequestStatus.Open)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.InvalidValue, "This request has already been answered.");
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 2000)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.Required, "Say why the request is declined (at most 2,000 characters).", "reason");
        }

        var now = clock.GetUtcNow();
        request.Status = ExpertRequestStatus.Declined;
        request.Reason = reason;
        request.DecidedByUserId = caller.UserId();
        request.DecidedAt = now;
        var roomName = await RoomNameAsync(db, request.RoomId, cancellationToken);
        await Notifier.AddAsync(db, request.RequestedByUserId, $"Your request for {request.Expertise} in {roomName} was declined: {reason}", $"/rooms/{request.RoomId}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        events.Raise(null);
        await gapRefresh.RefreshAsync([request.RoomId], cancellationToken: cancellationToken);
        return AccessResult<ExpertRequestDto>.Ok(await ToDtoAsync(db, request, cancellationToken));
    }

    /// <summary>The rooms whose requests an executive account manager answers: of the accounts they manage, or owned.</summary>
    internal static IQueryable<string> ManagedRooms(DealRoomDbContext db, string userId)
    {
        var accounts = db.AccountManagers.Where(m => m.UserId == userId).Select(m => m.AccountId);
        var owned = db.RoomMembers.Where(m => m.UserId == userId && m.Role == RoomRole.Owner).Select(m => m.RoomId);
        return db.Rooms.Where(r => (r.AccountId != null && accounts.Contains(r.AccountId)) || owned.Contains(r.Id)).Select(r => r.Id);
    }

    /// <summary>The executive account managers who answer a room's requests.</summary>
    private static async Task<IReadOnlyList<string>> ManagersAsync(DealRoomDbContext db, string roomId, CancellationToken cancellationToken) =>
        await db.Rooms.Where(r => r.Id == roomId && r.AccountId != null)
            .Join(db.AccountManagers, r => r.AccountId, m => m.AccountId, (r, m) => m.UserId)
            .Distinct().ToListAsync(cancellationToken);

    private async Task<(ExpertRequestRecord? Request, RoomError? Error)> ManagedRequestAsync(
        DealRoomDbContext db, ClaimsPrincipal caller, string requestId, CancellationToken cancellationToken, bool tracked = false)
    {
        var forbidden = new RoomError(ErrorCodes.Forbidden, "Only the executive account manager of the room answers its expert requests.");
        if (!caller.IsTeamMember() || !caller.IsInRole(TeamRoles.ExecutiveAccountManager))
        {
            return (null, forbidden);
        }

        var query = tracked ? db.ExpertRequests : db.ExpertRequests.AsNoTracking();
        var request = await query.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return (null, new RoomError(ErrorCodes.NotFound, "There is no such expert request."));
        }

        var manages = await ManagedRooms(db, caller.UserId()!).AnyAsync(id => id == request.RoomId, cancellationToken);
        return manages ? (request, null) : (null, forbidden);
    }

    private async Task<ExpertRequestDto> ToDtoAsync(DealRoomDbContext db, ExpertRequestRecord record, CancellationToken cancellationToken) =>
        (await ToDtosAsync(db, [record], cancellationToken))[0];

    private static async Task<IReadOnlyList<ExpertRequestDto>> ToDtosAsync(DealRoomDbContext db, IReadOnlyList<ExpertRequestRecord> records, CancellationToken cancellationToken)
    {
        var roomIds = records.Select(r => r.RoomId).Distinct().ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var userIds = records.Select(r => r.AssignedUserId).OfType<string>().Distinct().ToList();
        var names = await db.Set<TeamUser>().AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. records.Select(r => new ExpertRequestDto(
            r.Id, r.RoomId, rooms.GetValueOrDefault(r.RoomId) ?? r.RoomId, r.Expertise, r.ForElementId, r.ForLabel, r.GapId, r.NeededBy, r.Hours, r.Note,
            r.Status, r.RequestedByName, r.CreatedAt, r.AssignedUserId, r.AssignedUserId is { } id ? names.GetValueOrDefault(id) : null, r.Reason))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expert request {RequestId} in room {RoomId}: assigned {UserId}")]
    private partial void LogAssigned(string requestId, string roomId, string userId);
}
