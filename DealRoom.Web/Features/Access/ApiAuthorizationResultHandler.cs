using DealRoom.Domain.Rooms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DealRoom.Web.Features.Access;

/// <summary>
/// REST calls refused by authorization (anonymous: 401, signed in without the policy: 403) get the same
/// <see cref="ApiError"/> body as every other REST error, after the scheme's own challenge (which sets the status and,
/// for bearer tokens, <c>WWW-Authenticate</c>). Pages and the hub keep the default behaviour.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (authorizeResult.Succeeded || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || context.Response.HasStarted)
        {
            return;
        }

        var error = authorizeResult.Challenged
            ? new ApiError(ErrorCodes.Unauthorized, "Sign in first: send a bearer token from POST /api/auth/token or /api/auth/customer-token.")
            : new ApiError(ErrorCodes.Forbidden, "You may not do this.");
        context.Response.StatusCode = authorizeResult.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        await context.Response.WriteAsJsonAsync(error, context.RequestAborted);
    }
}
