using System.Security.Claims;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;

namespace DealRoom.Web.Features.Access;

/// <summary>The REST API: tokens for clients, rooms, members, invitations, export. Every route checks access.</summary>
public static class AccessEndpoints
{
    public sealed record TokenRequest(string? Email, string? Password);

    public sealed record CustomerTokenRequest(string? Token, string? Name);

    public sealed record CreateRoomRequest(string? Name, string? AccountId);

    public sealed record AddMemberRequest(string? Email, RoomRole Role);

    public sealed record InvitationDto(
        string Id, string Name, string Email, string Rights, string? StakeholderId, string Status,
        DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, string? AcceptedName);

    public sealed record CreatedInvitationDto(InvitationDto Invitation, string Token, string Link);

    public sealed record RoomDto(string Id, string Name, string? AccountId);

    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/token", IssueTeamTokenAsync)
            .WithSummary("Trade a team member's e-mail and password for a bearer token (8 hours).")
            .Produces<AccessTokenResponse>().Produces<ApiError>(StatusCodes.Status401Unauthorized).Produces<ApiError>(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/customer-token", IssueCustomerTokenAsync)
            .WithSummary("Trade an invitation token and the customer's name for a bearer token to the invitation's room.")
            .Produces<AccessTokenResponse>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized);

        var rooms = app.MapGroup("/api/rooms").RequireAuthorization().WithTags("Rooms")
            .ProducesErrors(StatusCodes.Status401Unauthorized);
        rooms.MapGet("", async (ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
                TypedResults.Ok((await service.VisibleRoomsAsync(user, ct)).Select(r => new RoomDto(r.Id, r.Name, r.AccountId))))
            .WithSummary("The rooms the caller may open.");
        rooms.MapPost("", async (CreateRoomRequest request, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
                ToResult(await service.CreateRoomAsync(user, request.Name ?? string.Empty, request.AccountId, ct), r => Results.Created($"/api/rooms/{r.Id}", new RoomDto(r.Id, r.Name, r.AccountId))))
            .WithSummary("Create a room; the caller becomes its owner.")
            .Produces<RoomDto>(StatusCodes.Status201Created).ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        rooms.MapGet("/{roomId}/snapshot", ExportAsync)
            .WithSummary("The room's canonical snapshot: the whole state for the team, the customer projection for customers; with ?version=N, the room as it was at version N.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        var members = rooms.MapGroup("/{roomId}/members").WithTags("Members");
        members.MapGet("", async (string roomId, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
                ToResult(await service.ListAsync(user, roomId, ct), Results.Ok))
            .WithSummary("The room's team members (for its team members).")
            .Produces<IReadOnlyList<RoomMember>>().ProducesErrors(StatusCodes.Status403Forbidden);
        members.MapPost("", async (string roomId, AddMemberRequest request, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
                ToResult(await service.AddAsync(user, roomId, request.Email ?? string.Empty, request.Role, ct), Results.Ok))
            .WithSummary("Add a team member or change their role (owners; executive account managers add domain experts as editors).")
            .Produces<RoomMember>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        members.MapDelete("/{userId}", async (string roomId, string userId, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
                ToResult(await service.RemoveAsync(user, roomId, userId, ct), _ => Results.NoContent()))
            .WithSummary("Remove a member (owners); cuts their connections to the room at once.")
            .Produces(StatusCodes.Status204NoContent).ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var invitations = rooms.MapGroup("/{roomId}/invitations").WithTags("Invitations");
        invitations.MapGet("", async (string roomId, ClaimsPrincipal user, InvitationService service, TimeProvider clock, CancellationToken ct) =>
                ToResult(await service.ListAsync(user, roomId, ct), list => Results.Ok(list.Select(i => ToDto(i, clock.GetUtcNow())))))
            .WithSummary("The room's customer invitations, newest first (owners only: they name customers and their e-mail addresses).")
            .Produces<IReadOnlyList<InvitationDto>>().ProducesErrors(StatusCodes.Status403Forbidden);
        invitations.MapPost("", CreateInvitationAsync)
            .WithSummary("Invite a customer (owners). The token and link are in this answer only.")
            .Produces<CreatedInvitationDto>().ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        invitations.MapPost("/{invitationId}/revoke", async (string roomId, string invitationId, ClaimsPrincipal user, InvitationService service, CancellationToken ct) =>
                ToResult(await service.RevokeAsync(user, roomId, invitationId, ct), _ => Results.NoContent()))
            .WithSummary("Revoke an invitation (owners); the customer is cut off at once.")
            .Produces(StatusCodes.Status204NoContent).ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Error(StatusCodes.Status400BadRequest, ErrorCodes.Forbidden, "The sign-out form was not sent by DealRoom.");
                }

                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                await context.SignOutAsync(AccessSetup.CustomerCookie);
                return Results.LocalRedirect("/account/login");
            })
            .WithTags("Sign-in")
            .WithSummary("The browser's sign-out form (antiforgery token required); redirects to the sign-in page.")
            .Produces(StatusCodes.Status302Found).ProducesErrors(StatusCodes.Status400BadRequest);
        return app;
    }

    public static InvitationDto ToDto(InvitationRecord i, DateTimeOffset now) => new(
        i.Id, i.Name, i.Email, i.Rights.ToString(), i.StakeholderId, i.StatusAt(now).ToString(),
        i.CreatedAt, i.ExpiresAt, i.RevokedAt, i.LastUsedAt, i.AcceptedName);

    /// <summary>The invitation link a customer opens.</summary>
    public static string InvitationLink(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}/invite/{token}";

    private static async Task<IResult> IssueTeamTokenAsync(
        TokenRequest request, SignInManager<TeamUser> signIn, UserManager<TeamUser> users, IUserClaimsPrincipalFactory<TeamUser> principals)
    {
        var user = await users.FindByEmailAsync(request.Email?.Trim() ?? string.Empty);
        if (user is null)
        {
            return Error(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, "Wrong e-mail or password.");
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return Error(StatusCodes.Status429TooManyRequests, ErrorCodes.Unauthorized, "Too many failed attempts: the account is locked for a few minutes.");
        }

        if (!check.Succeeded)
        {
            return Error(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, "Wrong e-mail or password.");
        }

        var principal = await principals.CreateAsync(user);
        return Results.SignIn(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, AccessSetup.BearerScheme)), authenticationScheme: AccessSetup.BearerScheme);
    }

    private static async Task<IResult> IssueCustomerTokenAsync(CustomerTokenRequest request, InvitationService invitations, CancellationToken ct)
    {
        var redeemed = await invitations.RedeemAsync(request.Token, request.Name, ct);
        if (!redeemed.Succeeded)
        {
            var status = redeemed.Error!.Code == ErrorCodes.Unauthorized ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
            return Error(status, redeemed.Error.Code, redeemed.Error.Message, redeemed.Error.Field);
        }

        var invitation = redeemed.Value!;
        var principal = AccessClaims.Customer(invitation.Id, invitation.RoomId, invitation.AcceptedName!, AccessSetup.BearerScheme);
        return Results.SignIn(principal, authenticationScheme: AccessSetup.BearerScheme);
    }

    private static async Task<IResult> CreateInvitationAsync(
        string roomId, InvitationRequest request, ClaimsPrincipal user, InvitationService service, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var created = await service.CreateAsync(user, roomId, request, ct);
        return ToResult(created, c => Results.Ok(new CreatedInvitationDto(ToDto(c.Invitation, clock.GetUtcNow()), c.Token, InvitationLink(context.Request, c.Token))));
    }

    /// <summary>The room's state for its caller: the whole state for the team, the customer projection for customers.</summary>
    private static async Task<IResult> ExportAsync(
        string roomId, long? version, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, RoomStore store, HttpContext context, CancellationToken ct)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, ct);
        var session = rights.CanView ? await registry.GetAsync(roomId, ct) : null;
        if (session is null)
        {
            return Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "You may not open this room.");
        }

        if (version is { } at && at != session.State.Version)
        {
            // The time machine: the room as it was, through the same projection as now.
            if (at < 0 || at > session.State.Version)
            {
                return Error(StatusCodes.Status400BadRequest, ErrorCodes.OutOfRange,
                    $"'version' must be from 0 to the room's version ({session.State.Version}).", "version");
            }

            var seen = await Rooms.RoomHistoryEndpoints.SeenAtAsync(store, rights, session.State, at, ct);
            return Results.Text(SnapshotJson.ToJson(seen, includeBaseline: false), "application/json");
        }

        var state = session.ViewFor(rights.Audience);
        return Results.Text(SnapshotJson.ToJson(state, includeBaseline: false), "application/json");
    }

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
        return Error(status, result.Error.Code, result.Error.Message, result.Error.Field);
    }

    private static IResult Error(int status, string code, string message, string? field = null) =>
        Results.Json(new ApiError(code, message, field), statusCode: status);

    /// <summary>Documents error answers: each with the <see cref="ApiError"/> body.</summary>
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
