using System.Security.Claims;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// How a room's deal ended (won, lost, no decision, with the day): the team reads it, the room's owners and editors
/// record, correct or clear it. Ending a deal frees the hours of the experts assigned to it, and the expert ranking
/// counts it on their record; customers are refused on every path.
/// </summary>
public sealed class RoomOutcomeService(
    IDbContextFactory<DealRoomDbContext> contexts,
    IRoomAccessPolicy access,
    ExpertEvents events,
    ExpertGapRefresh gapRefresh,
    TimeProvider clock)
{
    public async Task<AccessResult<RoomOutcomeDto?>> GetAsync(ClaimsPrincipal caller, string roomId, CancellationToken cancellationToken)
    {
        var rights = await access.CheckAsync(caller, "anonymous", null, roomId, cancellationToken);
        if (!caller.IsTeamMember() || !rights.CanView || rights.IsCustomer)
        {
            return AccessResult<RoomOutcomeDto?>.Forbidden("The outcome is the team's.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.RoomOutcomes.AsNoTracking().FirstOrDefaultAsync(o => o.RoomId == roomId, cancellationToken);
        return AccessResult<RoomOutcomeDto?>.Ok(record is null ? null : RoomOutcomeDto.From(record));
    }

    public async Task<AccessResult<RoomOutcomeDto>> SetAsync(ClaimsPrincipal caller, string roomId, RoomOutcomeUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var rights = await access.CheckAsync(caller, "anonymous", null, roomId, cancellationToken);
        if (!caller.IsTeamMember() || !rights.CanEdit || rights.IsCustomer)
        {
            return AccessResult<RoomOutcomeDto>.Forbidden("Only the room's owners and editors record how the deal ended.");
        }

        if (!Enum.TryParse<DealOutcome>(update.Outcome, ignoreCase: false, out var outcome) || !Enum.IsDefined(outcome)
            || int.TryParse(update.Outcome, out _))
        {
            return AccessResult<RoomOutcomeDto>.Fail(ErrorCodes.InvalidValue, "Say how the deal ended: Won, Lost or NoDecision.", "outcome");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (update.ClosedOn is not { } closedOn)
        {
            return AccessResult<RoomOutcomeDto>.Fail(ErrorCodes.Required, "Give the day the deal ended.", "closedOn");
        }

        if (closedOn > today || closedOn.Year < 2000)
        {
            return AccessResult<RoomOutcomeDto>.Fail(ErrorCodes.OutOfRange, "The day the deal ended is today or earlier.", "closedOn");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.RoomOutcomes.FirstOrDefaultAsync(o => o.RoomId == roomId, cancellationToken);
        if (record is null)
        {
            record = new RoomOutcomeRecord { RoomId = roomId, RecordedByUserId = rights.UserId, RecordedByName = rights.Name };
            db.RoomOutcomes.Add(record);
        }

        record.Outcome = outcome;
        record.ClosedOn = closedOn;
        record.RecordedByUserId = rights.UserId;
        record.RecordedByName = rights.Name;
        record.RecordedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync(db, roomId, cancellationToken);
        return AccessResult<RoomOutcomeDto>.Ok(RoomOutcomeDto.From(record));
    }

    /// <summary>Reopens the deal: the outcome is gone, and the assigned experts' hours count again.</summary>
    public async Task<AccessResult<bool>> ClearAsync(ClaimsPrincipal caller, string roomId, CancellationToken cancellationToken)
    {
        var rights = await access.CheckAsync(caller, "anonymous", null, roomId, cancellationToken);
        if (!caller.IsTeamMember() || !rights.CanEdit || rights.IsCustomer)
        {
            return AccessResult<bool>.Forbidden("Only the room's owners and editors record how the deal ended.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.RoomOutcomes.Where(o => o.RoomId == roomId).ExecuteDeleteAsync(cancellationToken) > 0;
        if (removed)
        {
            await ChangedAsync(db, roomId, cancellationToken);
        }

        return AccessResult<bool>.Ok(removed);
    }

    /// <summary>The queue re-ranks (records changed), and the rooms of the room's experts see their hours anew.</summary>
    private async Task ChangedAsync(DealRoomDbContext db, string roomId, CancellationToken cancellationToken)
    {
        var experts = await db.ExpertRequests.AsNoTracking()
            .Where(r => r.RoomId == roomId && r.Status == ExpertRequestStatus.Assigned && r.AssignedUserId != null)
            .Select(r => r.AssignedUserId!).Distinct().ToListAsync(cancellationToken);
        events.Raise(null);
        await gapRefresh.RefreshAsync([roomId], experts, cancellationToken);
    }
}
