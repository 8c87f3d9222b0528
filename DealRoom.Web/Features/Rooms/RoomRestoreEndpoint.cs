using System.Security.Claims;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// <c>POST /api/rooms/{roomId}/restore</c>: one deleted element back as it was at an earlier version, with what hung on
/// it (<see cref="RoomRestore"/>), as ordinary new operations in the caller's name: acknowledged, broadcast, checked
/// against the caller's rights like any edit. Nothing in the log is rewritten.
/// </summary>
public static class RoomRestoreEndpoint
{
    public sealed record RestoreRequest(long? Version, string? ElementId);

    public sealed record RestoreReport(string ElementId, long FromVersion, IReadOnlyList<long> Versions, IReadOnlyList<RoomImportEndpoint.ImportRefusal> Refused);

    public static IEndpointRouteBuilder MapRoomRestore(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rooms/{roomId}/restore", RestoreAsync)
            .RequireAuthorization()
            .WithTags("Rooms")
            .WithSummary("Restore a deleted element as it was at an earlier version, with its links, coverage and endorsements, as new operations.")
            .Produces<RestoreReport>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> RestoreAsync(
        string roomId, RestoreRequest request, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, RoomStore store, CancellationToken ct)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, ct);
        var session = rights.CanView ? await registry.GetAsync(roomId, ct) : null;
        if (session is null || !rights.CanEdit)
        {
            return Results.Json(new ApiError(ErrorCodes.Forbidden, "You may not change this room."), statusCode: StatusCodes.Status403Forbidden);
        }

        var now = session.State;
        if (request.Version is not { } version || version < 0 || version > now.Version || string.IsNullOrEmpty(request.ElementId))
        {
            return Results.BadRequest(new ApiError(ErrorCodes.Malformed,
                $"Give 'elementId' and a 'version' from 0 to the room's version ({now.Version}).", request.ElementId is null ? "elementId" : "version"));
        }

        var past = await store.LoadAtAsync(roomId, version, ct) ?? throw new InvalidOperationException($"Room {roomId}: no version {version}.");
        var (operations, error) = RoomRestore.OperationsFor(rights.IsCustomer ? Domain.Audience.CustomerProjection.Project(past) : past, now, request.ElementId);
        if (error is not null)
        {
            return Results.BadRequest(new ApiError(error.Code, error.Message, error.Field));
        }

        using var participant = session.Join(rights.ToGrant(), Ids.New("restore"), rateLimited: false);
        var versions = new List<long>();
        var refused = new List<RoomImportEndpoint.ImportRefusal>();
        foreach (var operation in operations)
        {
            var result = await participant.SubmitAsync(Ids.New("restore"), operation, ct);
            if (result.Error is { } refusal)
            {
                refused.Add(new(operation.Type, refusal.ElementId, refusal.Code, refusal.Message));
            }
            else
            {
                versions.Add(result.Version);
            }
        }

        return Results.Ok(new RestoreReport(request.ElementId, version, versions, refused));
    }
}
