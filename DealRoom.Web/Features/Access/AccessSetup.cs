using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DealRoom.Web.Features.Access;

/// <summary>
/// Authentication for every path: the team's cookie (browser), the customer's cookie (browser, one invitation),
/// and bearer tokens for hub and REST clients (team or customer), picked per request.
/// </summary>
public static class AccessSetup
{
    public const string Scheme = "DealRoom";
    public const string CustomerCookie = "DealRoom.Customer";
    public const string BearerScheme = "DealRoom.Bearer";

    public static IServiceCollection AddDealRoomAccess(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "DealRoom", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "DealRoom.Team";
                o.LoginPath = "/account/login";
                o.AccessDeniedPath = "/account/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events = ApiAwareCookieEvents();
            })
            .AddCookie(CustomerCookie, o =>
            {
                o.Cookie.Name = "DealRoom.Customer";
                o.LoginPath = "/account/login";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events = ApiAwareCookieEvents();
            })
            .AddBearerToken(BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Events = new BearerTokenEvents
                {
                    // WebSockets and SSE cannot send headers: SignalR clients pass the token as access_token.
                    OnMessageReceived = context =>
                    {
                        var token = context.Request.Query["access_token"].ToString();
                        if (token.Length > 0 && context.Request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal))
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                };
            });

        services.AddIdentityCore<TeamUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DealRoomDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TeamClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddSingleton<AccessEvents>();
        services.AddSingleton<IRoomAccessPolicy, DbRoomAccessPolicy>();
        services.AddScoped<InvitationService>();
        services.AddScoped<IInvitationTracker>(sp => sp.GetRequiredService<InvitationService>());
        services.AddScoped<MembershipService>();
        services.AddScoped<IRoomDirectory>(sp => sp.GetRequiredService<MembershipService>());
        services.AddScoped<TeamAdminService>();
        services.AddScoped<AccessSeeder>();
        services.AddScoped<IDatabaseSeeder>(sp => sp.GetRequiredService<AccessSeeder>());
        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || (context.Request.Query.ContainsKey("access_token") && context.Request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal)))
        {
            return BearerScheme;
        }

        return context.Request.Cookies.ContainsKey("DealRoom.Customer") && !context.Request.Cookies.ContainsKey("DealRoom.Team")
            ? CustomerCookie
            : IdentityConstants.ApplicationScheme;
    }

    /// <summary>API and hub calls get 401/403, not a redirect to the sign-in page.</summary>
    private static CookieAuthenticationEvents ApiAwareCookieEvents() => new()
    {
        OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
        OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden),
    };

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            || context.Request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
