using System.Security.Claims;
using DealRoom.Domain.Experts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// Expert requests: a room's editors ask, the executive account manager of the room (manager of its account, or its
/// owner) answers from their queue by assigning a ranked candidate (member + linked card + request closed) or by
/// declining with a reason; the expert sees their assignments. Every method checks the caller; customers get nothing.
/// </summary>
public sealed partial class ExpertRequestService(
    IDbContextFactory<DealRoomDbContext> contexts,
    IRoomAccessPolicy access,
    RoomRegistry registry,
    UserManager<TeamUser> users,
    TeamCards cards,
    ExpertDirectory directory,
    ExpertEvents events,
    ExpertGapRefresh gapRefresh,
    TimeProvider clock,
    ILogger<ExpertRequestService> logger)
{
    public const int MaxHours = 80;

    public async Task<AccessResult<ExpertRequestDto>> CreateAsync(ClaimsPrincipal caller, string roomId, NewExpertRequest request, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember())
        {
            return AccessResult<ExpertRequestDto>.Forbidden();
        }

        var rights = await access.CheckAsync(caller, "anonymous", null, roomId, cancellationToken);
        if (!rights.CanEdit || rights.IsCustomer)
        {
            return AccessResult<ExpertRequestDto>.Forbidden("Only the room's editors ask for experts.");
        }

        var expertise = request.Expertise?.Trim() ?? string.Empty;
        if (expertise.Length is 0 or > 200)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.Required, "Say which expertise the room needs (at most 200 characters).", "expertise");
        }

        if (request.Hours is not { } hours || hours is < 1 or > MaxHours)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.OutOfRange, $"Give the hours per week the room needs, from 1 to {MaxHours}.", "hours");
        }

        if (request.Note?.Length > 2000)
        {
            return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.TooLong, "Keep the note under 2,000 characters.", "note");
        }

        string? label = null;
        if (!string.IsNullOrEmpty(request.ForElementId))
        {
            var state = (await registry.GetAsync(roomId, cancellationToken))?.State;
            label = state?.Stakeholders.GetValueOrDefault(request.ForElementId)?.Name
                ?? state?.VisionElements.GetValueOrDefault(request.ForElementId)?.Title;
            if (label is null)
            {
                return AccessResult<ExpertRequestDto>.Fail(ErrorCodes.NotFound, "The request is for a stakeholder or challenge this room does not have.", "forElementId");
            }
        }

        var now = clock.GetUtcNow();
        var record = new ExpertRequestRecord
        {
            Id = Ids.New("xr"),
            RoomId = roomId,
            Expertise = expertise,
            ForElementId = label is null ? null : request.ForElementId,
            ForLabel = label,
            GapId = request.GapId is { Length: > 0 and <= 20 } gap ? gap : null,
            NeededBy = request.NeededBy,
            Hours = hours,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            Status = ExpertRequestStatus.Open,
            RequestedByUserId = rights.UserId,
            RequestedByName = rights.Name,
            CreatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ExpertRequests.Add(record);
        var roomName = await RoomNameAsync(db, roomId, cancellationToken);
        foreach (var manager in await ManagersAsync(db, roomId, cancellationToken))
        {
            await Notifier.AddAsync(db, manager, $"{rights.Name} asks for {expertise} expertise in {roomName}.", "/experts/queue", now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        events.Raise(null);
        await gapRefresh.RefreshAsync([roomId], cancellationToken: cancellationToken);
        return AccessResult<ExpertRequestDto>.Ok(await ToDtoAsync(db, record, cancellationToken));
    }

    /// <summary>The room's requests, for its team.</summary>
    public async Task<AccessResult<IReadOnlyList<ExpertRequestDto>>> ForRoomAsync(ClaimsPrincipal caller, string roomId, CancellationToken cancellationToken)
    {
        var rights = await access.CheckAsync(caller, "anonymous", null, roomId, cancellationToken);
        if (!caller.IsTeamMember() || !rights.CanView || rights.IsCustomer)
        {
            return AccessResult<IReadOnlyList<ExpertRequestDto>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.ExpertRequests.AsNoTracking().Where(r => r.RoomId == roomId).ToListAsync(cancellationToken);
        return AccessResult<IReadOnlyList<ExpertRequestDto>>.Ok(await ToDtosAsync(db, records, cancellationToken));
    }

    /// <summary>The executive account manager's queue: requests of the rooms they manage or own, open ones first.</summary>
    public async Task<AccessResult<IReadOnlyList<ExpertRequestDto>>> QueueAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || !caller.IsInRole(TeamRoles.ExecutiveAccountManager))
        {
            return AccessResult<IReadOnlyList<ExpertRequestDto>>.Forbidden("The queue is the executive account manager's.");
        }

        var callerId = caller.UserId()!;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rooms = ManagedRooms(db, callerId);
        var records = await db.ExpertRequests.AsNoTracking().Where(r => rooms.Contains(r.RoomId)).ToListAsync(cancellationToken);
        var ordered = records.OrderBy(r => r.Status != ExpertRequestStatus.Open).ThenBy(r => r.NeededBy ?? DateOnly.MaxValue).ThenBy(r => r.CreatedAt).ToList();
        return AccessResult<IReadOnlyList<ExpertRequestDto>>.Ok(await ToDtosAsync(db, ordered, cancellationToken));
    }

    /// <summary>The expert's current assignments (rooms whose deal has not ended).</summary>
    public async Task<AccessResult<IReadOnlyList<ExpertRequestDto>>> AssignmentsAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember())
        {
            return AccessResult<IReadOnlyList<ExpertRequestDto>>.Forbidden();
        }

        var callerId = caller.UserId()!;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await ExpertFacts.Holding(db).AsNoTracking().Where(r => r.AssignedUserId == callerId).ToListAsync(cancellationToken);
        return AccessResult<IReadOnlyList<ExpertRequestDto>>.Ok(await ToDtosAsync(db, [.. records.OrderByDescending(r => r.DecidedAt)], cancellationToken));
    }

    /// <summary>The directory ranked for one request (<see cref="ExpertRanking"/>).</summary>
    public async Task<AccessResult<IReadOnlyList<ExpertCandidateDto>>> CandidatesAsync(ClaimsPrincipal caller, string requestId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, error) = await ManagedRequestAsync(db, caller, requestId, cancellationToken);
        if (request is null)
        {
            return AccessResult<IReadOnlyList<ExpertCandidateDto>>.Fail(error!.Code, error.Message, error.Field);
        }

        var profiles = await directory.ProfilesAsync(db, cancellationToken);
        var ranked = ExpertRanking.Rank(request.Expertise, request.Hours, profiles);
        return AccessResult<IReadOnlyList<ExpertCandidateDto>>.Ok(
            [.. ranked.Select(c => new ExpertCandidateDto(c.Expert.UserId, c.Expert.Name, c.MatchedArea, c.Proficiency, c.Expert.CapacityHours,
                c.Expert.AllocatedHours, c.Expert.FreeHours, c.HasRoom, c.Expert.PastDeals, c.Why))]);
    }

    private async Task<string> RoomNameAsync(DealRoomDbContext db, string roomId, CancellationToken cancellationToken) =>
        await db.Rooms.Where(r => r.Id == roomId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? roomId;
}
