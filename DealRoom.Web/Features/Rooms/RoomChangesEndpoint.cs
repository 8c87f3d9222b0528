using System.Security.Claims;
using DealRoom.Domain.Audience;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// <c>GET /api/rooms/{roomId}/changes?from=V1&amp;to=V2</c>: what changed between two versions, in the method's words
/// (<see cref="RoomComparison"/>), both points rebuilt by the time machine. Customers compare their projections, without gaps.
/// </summary>
public static class RoomChangesEndpoint
{
    public sealed record RoomChangesDto(long From, long To, IReadOnlyList<RoomChange> Changes);

    public static IEndpointRouteBuilder MapRoomChanges(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/rooms/{roomId}/changes", ChangesAsync)
            .RequireAuthorization()
            .WithTags("Rooms")
            .WithSummary("What changed between two versions of the room (from, and to or now), in the method's words: joins and leaves, stance, role, power and influence, coverage, vision elements, endorsements, phase, and for the team gaps opened and closed.")
            .Produces<RoomChangesDto>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> ChangesAsync(
        string roomId, long? from, long? to, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, RoomStore store, CancellationToken ct)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, ct);
        var session = rights.CanView ? await registry.GetAsync(roomId, ct) : null;
        if (session is null)
        {
            return Results.Json(new ApiError(ErrorCodes.Forbidden, "You may not open this room."), statusCode: StatusCodes.Status403Forbidden);
        }

        var current = session.State;
        var end = to ?? current.Version;
        if (from is not { } start || start < 0 || start > end || end > current.Version)
        {
            return Results.BadRequest(new ApiError(ErrorCodes.OutOfRange,
                $"Give 'from' and optionally 'to' with 0 ≤ from ≤ to ≤ the room's version ({current.Version}).", from is null ? "from" : "to"));
        }

        var before = await StateAtAsync(store, roomId, start, current, ct);
        var after = await StateAtAsync(store, roomId, end, current, ct);
        var changes = rights.IsCustomer
            ? RoomComparison.Between(CustomerProjection.Project(before), CustomerProjection.Project(after), includeGaps: false)
            : RoomComparison.Between(before, after);
        return Results.Ok(new RoomChangesDto(start, end, changes));
    }

    private static async Task<RoomState> StateAtAsync(RoomStore store, string roomId, long version, RoomState current, CancellationToken ct) =>
        version == current.Version
            ? current
            : await store.LoadAtAsync(roomId, version, ct) ?? throw new InvalidOperationException($"Room {roomId}: the op log does not reach version {version}.");
}
