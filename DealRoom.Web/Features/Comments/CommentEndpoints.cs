using System.Security.Claims;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;

namespace DealRoom.Web.Features.Comments;

/// <summary>
/// The parts of comments that are one person's own, over REST: their unread counts (computed from the room as they
/// may see it, so a customer's never count an internal thread) and their read markers.
/// </summary>
public static class CommentEndpoints
{
    public sealed record UnreadDto(int Unread, int Mentions, IReadOnlyDictionary<string, ThreadUnread> Threads);

    public sealed record ReadRequest(int? Count);

    public static IEndpointRouteBuilder MapCommentEndpoints(this IEndpointRouteBuilder app)
    {
        var comments = app.MapGroup("/api/rooms/{roomId}/comments").RequireAuthorization().WithTags("Comments");
        comments.MapGet("/unread", UnreadAsync)
            .WithSummary("The caller's unread comments in the room: in total, how many mention them, and per thread (only threads they may see).")
            .Produces<UnreadDto>()
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        comments.MapPost("/{threadId}/read", ReadAsync)
            .WithSummary("Marks the first 'count' comments of a thread read for the caller (all of them when count is absent).")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> UnreadAsync(
        string roomId, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, CommentReads reads, CancellationToken ct)
    {
        var (rights, view) = await OpenAsync(roomId, user, access, registry, ct);
        if (view is null)
        {
            return Results.Json(new ApiError(ErrorCodes.Forbidden, "You may not open this room."), statusCode: StatusCodes.Status403Forbidden);
        }

        var inbox = CommentInbox.For(view, rights.UserId, await reads.ReadCountsAsync(roomId, rights.UserId, ct));
        return Results.Ok(new UnreadDto(inbox.Unread, inbox.Mentions, inbox.Threads));
    }

    private static async Task<IResult> ReadAsync(
        string roomId, string threadId, ReadRequest? request, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, CommentReads reads,
        CancellationToken ct)
    {
        var (rights, view) = await OpenAsync(roomId, user, access, registry, ct);
        if (view is null)
        {
            return Results.Json(new ApiError(ErrorCodes.Forbidden, "You may not open this room."), statusCode: StatusCodes.Status403Forbidden);
        }

        // A thread the caller may not see answers like one that does not exist.
        if (!view.Threads.TryGetValue(threadId, out var thread))
        {
            return Results.NotFound(new ApiError(ErrorCodes.NotFound, "There is no such thread in this room.", "threadId"));
        }

        var count = Math.Clamp(request?.Count ?? thread.Comments.Count, 0, thread.Comments.Count);
        await reads.MarkReadAsync(roomId, rights.UserId, threadId, count, ct);
        return Results.NoContent();
    }

    private static async Task<(RoomAccess Rights, RoomState? View)> OpenAsync(
        string roomId, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, CancellationToken ct)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, ct);
        var session = rights.CanView ? await registry.GetAsync(roomId, ct) : null;
        return (rights, session?.ViewFor(rights.Audience));
    }
}
