using System.Security.Claims;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Http.Metadata;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// The REST API of expert requests, the queue, assignments, the directory, room outcomes and notifications; the same
/// <c>{code,message,field}</c> errors as the rooms. Customers are refused on every route.
/// </summary>
public static class ExpertEndpoints
{
    public static IEndpointRouteBuilder MapExpertEndpoints(this IEndpointRouteBuilder app)
    {
        var rooms = app.MapGroup("/api/rooms/{roomId}/expert-requests").RequireAuthorization().WithTags("Experts")
            .ProducesErrors(StatusCodes.Status401Unauthorized);
        rooms.MapGet("", async (string roomId, ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.ForRoomAsync(user, roomId, ct), Results.Ok))
            .WithSummary("The room's expert requests (its team).")
            .Produces<IReadOnlyList<ExpertRequestDto>>().ProducesErrors(StatusCodes.Status403Forbidden);
        rooms.MapPost("", async (string roomId, NewExpertRequest request, ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.CreateAsync(user, roomId, request, ct), r => Results.Created($"/api/experts/requests/{r.Id}", r)))
            .WithSummary("Ask for an expert (the room's editors): expertise, hours per week, optionally the challenge or stakeholder, a date and the gap it closes.")
            .Produces<ExpertRequestDto>(StatusCodes.Status201Created).ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var outcome = app.MapGroup("/api/rooms/{roomId}/outcome").RequireAuthorization().WithTags("Experts")
            .ProducesErrors(StatusCodes.Status401Unauthorized);
        outcome.MapGet("", async (string roomId, ClaimsPrincipal user, RoomOutcomeService service, CancellationToken ct) =>
                ToResult(await service.GetAsync(user, roomId, ct), o => o is null
                    ? Results.Json(new ApiError(ErrorCodes.NotFound, "No outcome is recorded: the deal is open."), statusCode: StatusCodes.Status404NotFound)
                    : Results.Ok(o)))
            .WithSummary("How the room's deal ended (its team); 404 while the deal is open.")
            .Produces<RoomOutcomeDto>().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        outcome.MapPut("", async (string roomId, RoomOutcomeUpdate body, ClaimsPrincipal user, RoomOutcomeService service, CancellationToken ct) =>
                ToResult(await service.SetAsync(user, roomId, body, ct), Results.Ok))
            .WithSummary("Record or correct how the deal ended (owners and editors): Won, Lost or NoDecision, and the day.")
            .Produces<RoomOutcomeDto>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        outcome.MapDelete("", async (string roomId, ClaimsPrincipal user, RoomOutcomeService service, CancellationToken ct) =>
                ToResult(await service.ClearAsync(user, roomId, ct), _ => Results.NoContent()))
            .WithSummary("Reopen the deal: clear its outcome (owners and editors).")
            .Produces(StatusCodes.Status204NoContent).ProducesErrors(StatusCodes.Status403Forbidden);

        var experts = app.MapGroup("/api/experts").RequireAuthorization().WithTags("Experts")
            .ProducesErrors(StatusCodes.Status401Unauthorized);
        experts.MapGet("/queue", async (ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.QueueAsync(user, ct), Results.Ok))
            .WithSummary("The executive account manager's queue: requests of the rooms they manage or own, open first.")
            .Produces<IReadOnlyList<ExpertRequestDto>>().ProducesErrors(StatusCodes.Status403Forbidden);
        experts.MapGet("/requests/{requestId}/candidates", async (string requestId, ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.CandidatesAsync(user, requestId, ct), Results.Ok))
            .WithSummary("The directory ranked for a request: matching expertise, free capacity, proficiency, past deals.")
            .Produces<IReadOnlyList<ExpertCandidateDto>>().ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        experts.MapPost("/requests/{requestId}/assign", async (string requestId, AssignExpert body, ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.AssignAsync(user, requestId, body.UserId, ct), Results.Ok))
            .WithSummary("Assign an expert: they become an editor of the room, their card appears on its map, the request closes.")
            .Produces<ExpertRequestDto>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        experts.MapPost("/requests/{requestId}/decline", async (string requestId, DeclineExpertRequest body, ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.DeclineAsync(user, requestId, body.Reason, ct), Results.Ok))
            .WithSummary("Decline a request, saying why.")
            .Produces<ExpertRequestDto>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        experts.MapGet("/assignments", async (ClaimsPrincipal user, ExpertRequestService service, CancellationToken ct) =>
                ToResult(await service.AssignmentsAsync(user, ct), Results.Ok))
            .WithSummary("The caller's assignments as an expert.")
            .Produces<IReadOnlyList<ExpertRequestDto>>().ProducesErrors(StatusCodes.Status403Forbidden);
        experts.MapGet("/directory", async (ClaimsPrincipal user, ExpertDirectory directory, CancellationToken ct) =>
                ToResult(await directory.ListAsync(user, ct), Results.Ok))
            .WithSummary("The expert directory: areas with proficiency and knowledge area, capacity, allocations (team users).")
            .Produces<IReadOnlyList<DirectoryEntry>>().ProducesErrors(StatusCodes.Status403Forbidden);
        experts.MapPut("/directory/{userId}", async (string userId, DirectoryUpdate body, ClaimsPrincipal user, ExpertDirectory directory, CancellationToken ct) =>
                ToResult(await directory.SaveAsync(user, userId, body, ct), Results.Ok))
            .WithSummary("Replace a user's directory entry (administrators: anyone; users: their own); their linked cards follow.")
            .Produces<DirectoryEntry>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var notifications = app.MapGroup("/api/notifications").RequireAuthorization().WithTags("Experts")
            .ProducesErrors(StatusCodes.Status401Unauthorized);
        notifications.MapGet("", async (ClaimsPrincipal user, NotificationService service, CancellationToken ct) =>
                user.IsTeamMember() ? Results.Ok(await service.LatestAsync(user, 50, ct)) : Forbidden())
            .WithSummary("The caller's latest in-app notifications (team users).")
            .Produces<IReadOnlyList<NotificationDto>>().ProducesErrors(StatusCodes.Status403Forbidden);
        notifications.MapPost("/read", async (ClaimsPrincipal user, NotificationService service, CancellationToken ct) =>
            {
                if (!user.IsTeamMember())
                {
                    return Forbidden();
                }

                await service.MarkAllReadAsync(user, ct);
                return Results.NoContent();
            })
            .WithSummary("Mark all the caller's notifications read.")
            .Produces(StatusCodes.Status204NoContent).ProducesErrors(StatusCodes.Status403Forbidden);
        return app;
    }

    private static IResult Forbidden() =>
        Results.Json(new ApiError(ErrorCodes.Forbidden, "Notifications are the team's."), statusCode: StatusCodes.Status403Forbidden);

    private static IResult ToResult<T>(AccessResult<T> result, Func<T, IResult> ok)
    {
        if (result.Succeeded)
        {
            return ok(result.Value!);
        }

        var status = result.Error!.Code switch
        {
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.Unauthorized => StatusCodes.Status401Unauthorized,
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.Json(new ApiError(result.Error.Code, result.Error.Message, result.Error.Field), statusCode: status);
    }

    private static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ApiError), ["application/json"]));
        }

        return builder;
    }
}
