using System.Security.Claims;
using System.Text;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Features.Access;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// The room's maps and contents leaving the room: <c>GET /api/rooms/{roomId}/maps/{map}.svg</c> and <c>.png</c> (the
/// stakeholder map or the shared vision as drawn on the canvas), and <c>GET /api/rooms/{roomId}/export</c> (the room as
/// a JSON file that <c>POST /api/rooms/import</c> takes back). A customer gets only their projection.
/// </summary>
public static class MapExportEndpoints
{
    public static IEndpointRouteBuilder MapRoomExports(this IEndpointRouteBuilder app)
    {
        var rooms = app.MapGroup("/api/rooms/{roomId}").RequireAuthorization().WithTags("Exports");
        rooms.MapGet("/maps/{map}.svg", SvgAsync)
            .WithSummary("A map as SVG (map: stakeholders or vision), drawn from the room state as on the canvas; a customer gets their projection.")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml")
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        rooms.MapGet("/maps/{map}.png", PngAsync)
            .WithSummary("A map as PNG at print quality (scale 1 to 3, default 2 pixels per canvas pixel); a customer gets their projection.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        rooms.MapGet("/export", JsonAsync)
            .WithSummary("The room as a JSON file to keep or to import again (POST /api/rooms/import takes it); a customer gets their projection.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> SvgAsync(string roomId, string map, ClaimsPrincipal user, RoomExports exports, CancellationToken ct)
    {
        if (!MapKinds.TryParse(map, out var kind))
        {
            return UnknownMap(map);
        }

        var view = await exports.OpenAsync(user, roomId, ct);
        return view is null
            ? Forbidden()
            : Results.File(Encoding.UTF8.GetBytes(view.Svg(kind)), "image/svg+xml", RoomExports.FileName(view.State, $"-{kind.RouteName()}.svg"));
    }

    private static async Task<IResult> PngAsync(string roomId, string map, float? scale, ClaimsPrincipal user, RoomExports exports, CancellationToken ct)
    {
        if (!MapKinds.TryParse(map, out var kind))
        {
            return UnknownMap(map);
        }

        if (scale is { } s && (float.IsNaN(s) || s < 1 || s > 3))
        {
            return Results.BadRequest(new ApiError(ErrorCodes.OutOfRange, "'scale' must be from 1 to 3.", "scale"));
        }

        var view = await exports.OpenAsync(user, roomId, ct);
        return view is null
            ? Forbidden()
            : Results.File(MapPng.Render(view.Svg(kind), scale ?? MapPng.DefaultScale), "image/png", RoomExports.FileName(view.State, $"-{kind.RouteName()}.png"));
    }

    private static async Task<IResult> JsonAsync(string roomId, ClaimsPrincipal user, RoomExports exports, CancellationToken ct)
    {
        var view = await exports.OpenAsync(user, roomId, ct);
        return view is null
            ? Forbidden()
            : Results.File(Encoding.UTF8.GetBytes(SnapshotJson.ToJson(view.State, includeBaseline: false)), "application/json", RoomExports.FileName(view.State, ".dealroom.json"));
    }

    private static IResult UnknownMap(string map) =>
        Results.Json(new ApiError(ErrorCodes.NotFound, $"There is no map '{map}': use 'stakeholders' or 'vision'.", "map"), statusCode: StatusCodes.Status404NotFound);

    private static IResult Forbidden() =>
        Results.Json(new ApiError(ErrorCodes.Forbidden, "You may not open this room."), statusCode: StatusCodes.Status403Forbidden);
}
