using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DealRoom.Web.Operations;

/// <summary>
/// The REST API described with OpenAPI at <c>/openapi/v1.json</c> (every environment: clients generate from it), and
/// an interactive reference at <c>/scalar/v1</c> in Development only.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The security scheme's name in the document: a bearer token in the Authorization header.</summary>
    public const string BearerSchemeName = "Bearer";

    public static IServiceCollection AddDealRoomOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "DealRoom REST API";
                document.Info.Description =
                    "Rooms, members, invitations and the snapshot export. Send a bearer token from POST /api/auth/token "
                    + "(team) or /api/auth/customer-token (customer). Every error answers { code, message, field }; "
                    + "the codes are listed in docs/protocol.md. Live editing goes through the SignalR hub at /hubs/dealroom.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken from POST /api/auth/token or POST /api/auth/customer-token.",
                };
                return Task.CompletedTask;
            });

            // Only endpoints that require a signed-in caller ask for the token (the sign-in endpoints do not).
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var requiresSignIn = (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any())
                    && !metadata.OfType<IAllowAnonymous>().Any();
                if (requiresSignIn)
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, context.Document)] = [] });
                }

                return Task.CompletedTask;
            });
        });

    public static WebApplication MapDealRoomOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            // Served from the package; nothing fetched from outside (no internet where DealRoom runs).
            app.MapScalarApiReference(o => o.DisableDefaultFonts().DisableTelemetry()).AllowAnonymous();
        }

        return app;
    }
}
