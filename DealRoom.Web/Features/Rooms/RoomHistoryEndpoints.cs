using System.Security.Claims;
using DealRoom.Domain.Audience;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// The room's history over REST, each point rebuilt by the time machine (<see cref="RoomStore.LoadAtAsync"/>):
/// <c>GET /api/rooms/{roomId}/changes</c> says what changed between two versions in the method's words
/// (<see cref="RoomComparison"/>); <c>POST /api/rooms/{roomId}/restore</c> brings one deleted element back as it was
/// (<see cref="RoomRestore"/>) as ordinary new operations in the caller's name; <c>POST /api/rooms/{roomId}/restore-room</c>
/// brings the whole room back to a version the same way (<see cref="RoomRestore.WholeRoomTo"/>). Customers see and restore only
/// what their projection held.
/// </summary>
public static class RoomHistoryEndpoints
{
    public sealed record RoomChangesDto(long From, long To, IReadOnlyList<RoomChange> Changes);

    public sealed record RestoreRequest(long? Version, string? ElementId);

    public sealed record RestoreReport(string ElementId, long FromVersion, IReadOnlyList<long> Versions, IReadOnlyList<RoomImportEndpoint.ImportRefusal> Refused);

    public sealed record RestoreRoomRequest(long? Version);

    public sealed record RoomRestoreReport(long FromVersion, IReadOnlyList<long> Versions, IReadOnlyList<RoomImportEndpoint.ImportRefusal> Refused);

    public static IEndpointRouteBuilder MapRoomHistory(this IEndpointRouteBuilder app)
    {
        var rooms = app.MapGroup("/api/rooms/{roomId}").RequireAuthorization().WithTags("Rooms");
        rooms.MapGet("/changes", ChangesAsync)
            .WithSummary("What changed between two versions of the room (from, and to or now), in the method's words: joins and leaves, stance, role, power and influence, coverage, vision elements, endorsements, phase, and for the team gaps opened and closed.")
            .Produces<RoomChangesDto>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        rooms.MapPost("/restore", RestoreAsync)
            .WithSummary("Restore a deleted element as it was at an earlier version, with its links, coverage and endorsements, as new operations.")
            .Produces<RestoreReport>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        rooms.MapPost("/restore-room", RestoreRoomAsync)
            .WithSummary("Bring the whole room back to what it was at an earlier version, as new operations on top of the log (the team only).")
            .Produces<RoomRestoreReport>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> ChangesAsync(
        string roomId, long? from, long? to, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, RoomStore store, CancellationToken ct)
    {
        var (rights, session) = await OpenAsync(roomId, user, access, registry, ct);
        if (session is null)
        {
            return Forbidden("You may not open this room.");
        }

        var current = session.State;
        var end = to ?? current.Version;
        if (from is not { } start || start < 0 || start > end || end > current.Version)
        {
            return Results.BadRequest(new ApiError(ErrorCodes.OutOfRange,
                $"Give 'from' and optionally 'to' with 0 ≤ from ≤ to ≤ the room's version ({current.Version}).", from is null ? "from" : "to"));
        }

        var before = await SeenAtAsync(store, rights, current, start, ct);
        var after = await SeenAtAsync(store, rights, current, end, ct);
        return Results.Ok(new RoomChangesDto(start, end, RoomComparison.Between(before, after, includeGaps: !rights.IsCustomer)));
    }

    private static async Task<IResult> RestoreAsync(
        string roomId, RestoreRequest request, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, RoomStore store, CancellationToken ct)
    {
        var (rights, session) = await OpenAsync(roomId, user, access, registry, ct);
        if (session is null || !rights.CanEdit)
        {
            return Forbidden("You may not change this room.");
        }

        var now = session.State;
        if (request.Version is not { } version || version < 0 || version > now.Version || string.IsNullOrEmpty(request.ElementId))
        {
            return Results.BadRequest(new ApiError(ErrorCodes.Malformed,
                $"Give 'elementId' and a 'version' from 0 to the room's version ({now.Version}).", request.ElementId is null ? "elementId" : "version"));
        }

        var past = await SeenAtAsync(store, rights, now, version, ct);
        var (operations, error) = RoomRestore.OperationsFor(past, now, request.ElementId);
        if (error is not null)
        {
            return Results.BadRequest(new ApiError(error.Code, error.Message, error.Field));
        }

        var outcome = await History.HistorySubmitter.SubmitAsync(session, rights, operations, ct);
        return Results.Ok(new RestoreReport(request.ElementId, version, outcome.Versions, outcome.Refused));
    }

    private static async Task<IResult> RestoreRoomAsync(
        string roomId, RestoreRoomRequest request, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, RoomStore store, CancellationToken ct)
    {
        var (rights, session) = await OpenAsync(roomId, user, access, registry, ct);
        if (session is null || !rights.CanEdit || rights.IsCustomer)
        {
            return Forbidden("Only the deal team, with edit rights, can restore the whole room.");
        }

        var now = session.State;
        if (request.Version is not { } version || version < 0 || version > now.Version)
        {
            return Results.BadRequest(new ApiError(ErrorCodes.Malformed, $"Give a 'version' from 0 to the room's version ({now.Version}).", "version"));
        }

        var past = await SeenAtAsync(store, rights, now, version, ct);
        var outcome = await History.HistorySubmitter.SubmitAsync(session, rights, RoomRestore.WholeRoomTo(past, now), ct);
        return Results.Ok(new RoomRestoreReport(version, outcome.Versions, outcome.Refused));
    }

    /// <summary>The caller's rights in the room and its session; no session when they may not open it.</summary>
    private static async Task<(RoomAccess Rights, RoomSession? Session)> OpenAsync(
        string roomId, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, CancellationToken ct)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, ct);
        return (rights, rights.CanView ? await registry.GetAsync(roomId, ct) : null);
    }

    /// <summary>The room at a version as the caller may see it (the current state needs no replay).</summary>
    internal static async Task<RoomState> SeenAtAsync(RoomStore store, RoomAccess rights, RoomState current, long version, CancellationToken ct)
    {
        var state = version == current.Version
            ? current
            : await store.LoadAtAsync(current.RoomId, version, ct)
                ?? throw new InvalidOperationException($"Room {current.RoomId}: the op log does not reach version {version}.");
        return rights.IsCustomer ? CustomerProjection.Project(state) : state;
    }

    private static IResult Forbidden(string message) =>
        Results.Json(new ApiError(ErrorCodes.Forbidden, message), statusCode: StatusCodes.Status403Forbidden);
}
