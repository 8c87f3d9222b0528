using System.Security.Claims;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
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

    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/token", IssueTeamTokenAsync);
        auth.MapPost("/customer-token", IssueCustomerTokenAsync);

        var rooms = app.MapGroup("/api/rooms").RequireAuthorization();
        rooms.MapGet("/", async (ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
            Results.Ok((await service.VisibleRoomsAsync(user, ct)).Select(r => new { r.Id, r.Name, r.AccountId })));
        rooms.MapPost("/", async (CreateRoomRequest request, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
            ToResult(await service.CreateRoomAsync(user, request.Name ?? string.Empty, request.AccountId, ct), r => Results.Created($"/api/rooms/{r.Id}", new { r.Id, r.Name })));
        rooms.MapGet("/{roomId}/snapshot", ExportAsync);
        rooms.MapGet("/{roomId}/members", async (string roomId, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
            ToResult(await service.ListAsync(user, roomId, ct), Results.Ok));
        rooms.MapPost("/{roomId}/members", async (string roomId, AddMemberRequest request, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
            ToResult(await service.AddAsync(user, roomId, request.Email ?? string.Empty, request.Role, ct), Results.Ok));
        rooms.MapDelete("/{roomId}/members/{userId}", async (string roomId, string userId, ClaimsPrincipal user, MembershipService service, CancellationToken ct) =>
            ToResult(await service.RemoveAsync(user, roomId, userId, ct), _ => Results.NoContent()));
        rooms.MapGet("/{roomId}/invitations", async (string roomId, ClaimsPrincipal user, InvitationService service, TimeProvider clock, CancellationToken ct) =>
            ToResult(await service.ListAsync(user, roomId, ct), list => Results.Ok(list.Select(i => ToDto(i, clock.GetUtcNow())))));
        rooms.MapPost("/{roomId}/invitations", CreateInvitationAsync);
        rooms.MapPost("/{roomId}/invitations/{invitationId}/revoke", async (string roomId, string invitationId, ClaimsPrincipal user, InvitationService service, CancellationToken ct) =>
            ToResult(await service.RevokeAsync(user, roomId, invitationId, ct), _ => Results.NoContent()));

        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Error(StatusCodes.Status400BadRequest, ErrorCodes.Forbidden, "The sign-out form was not sent by DealRoom.");
            }

            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            await context.SignOutAsync(AccessSetup.CustomerCookie);
            return Results.LocalRedirect("/account/login");
        });
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
        string roomId, ClaimsPrincipal user, IRoomAccessPolicy access, RoomRegistry registry, HttpContext context, CancellationToken ct)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, ct);
        var session = rights.CanView ? await registry.GetAsync(roomId, ct) : null;
        if (session is null)
        {
            return Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "You may not open this room.");
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
        Results.Json(new { code, message, field }, statusCode: status);
}
