using Scalar.AspNetCore;

namespace DealRoom.Web.Operations;

/// <summary>
/// The REST API described with OpenAPI at <c>/openapi/v1.json</c> (every environment: clients generate from it), and
/// an interactive reference at <c>/scalar/v1</c> in Development only.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddDealRoomOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DealRoom REST API";
            document.Info.Description =
                "Rooms, members, invitations and the snapshot export. Send a bearer token from POST /api/auth/token "
                + "(team) or /api/auth/customer-token (customer). Every error answers { code, message, field }; "
                + "the codes are listed in docs/protocol.md. Live editing goes through the SignalR hub at /hubs/dealroom.";
            return Task.CompletedTask;
        }));

    public static WebApplication MapDealRoomOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }

        return app;
    }
}
