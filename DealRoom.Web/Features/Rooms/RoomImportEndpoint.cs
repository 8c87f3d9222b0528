using System.Security.Claims;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;

namespace DealRoom.Web.Features.Rooms;

/// <summary>
/// <c>POST /api/rooms/import</c>: a room's exported snapshot becomes a new room of the caller's, built through ordinary
/// operations (each validated like any client's, in the caller's name), with a report of what was refused and why.
/// </summary>
public static class RoomImportEndpoint
{
    public const string Path = "/api/rooms/import";

    /// <summary>The request: the exported snapshot (<c>GET /api/rooms/{id}/snapshot</c>), and a name for the new room.</summary>
    public sealed record ImportRoomRequest(string? Name, JsonElement Snapshot);

    /// <summary>One refused operation of an import.</summary>
    public sealed record ImportRefusal(string Type, string? ElementId, string Code, string Message);

    /// <summary>The new room and what went into it.</summary>
    public sealed record ImportReport(string RoomId, string Name, long Version, int Applied, IReadOnlyList<ImportRefusal> Refused);

    public static IEndpointRouteBuilder MapRoomImport(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ImportAsync)
            .RequireAuthorization()
            .WithTags("Rooms")
            .WithSummary("Import an exported room snapshot as a new room of the caller's, through ordinary operations, with a report of what was refused.")
            .Produces<ImportReport>(StatusCodes.Status201Created)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> ImportAsync(
        ImportRoomRequest request, ClaimsPrincipal user, MembershipService memberships, IRoomAccessPolicy access, RoomRegistry registry, CancellationToken ct)
    {
        RoomState source;
        try
        {
            source = request.Snapshot.ValueKind == JsonValueKind.Object
                ? SnapshotJson.Read(request.Snapshot)
                : throw new JsonException("'snapshot' must be a room snapshot object.");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Results.BadRequest(new ApiError(ErrorCodes.Malformed, "'snapshot' is not a room snapshot: " + ex.Message, "snapshot"));
        }

        var imported = await BuildRoomAsync(source, request.Name, user, memberships, access, registry, ct);
        if (!imported.Succeeded)
        {
            var status = imported.Error!.Code == ErrorCodes.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Results.Json(new ApiError(imported.Error.Code, imported.Error.Message, imported.Error.Field), statusCode: status);
        }

        return Results.Created($"/api/rooms/{imported.Value!.RoomId}", imported.Value);
    }

    /// <summary>
    /// Builds <paramref name="source"/> again as a new room of the caller's (named <paramref name="requestedName"/>, or
    /// as the source), through ordinary operations in the caller's name: the endpoint and the rooms page's upload.
    /// </summary>
    public static async Task<AccessResult<ImportReport>> BuildRoomAsync(
        RoomState source, string? requestedName, ClaimsPrincipal user, MembershipService memberships, IRoomAccessPolicy access, RoomRegistry registry, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(requestedName) ? source.Profile.Name : requestedName.Trim();
        var created = await memberships.CreateRoomAsync(user, name, null, ct);
        if (!created.Succeeded)
        {
            return new AccessResult<ImportReport>(null, created.Error);
        }

        var room = created.Value!;
        var rights = await access.CheckAsync(user, "anonymous", null, room.Id, ct);
        var session = await registry.GetAsync(room.Id, ct) ?? throw new InvalidOperationException($"The new room {room.Id} did not open.");
        using var participant = session.Join(rights.ToGrant(), Ids.New("import"), rateLimited: false);
        var refused = new List<ImportRefusal>();
        var applied = 0;
        var operations = RoomImport.OperationsFor(source);
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = i == 0 && operations[0] is UpdateRoom profile
                ? profile with { Fields = new Dictionary<string, string?>(profile.Fields) { ["name"] = name } }
                : operations[i];
            var result = await participant.SubmitAsync($"import-{i}", operation, ct);
            if (result.Error is { } error)
            {
                refused.Add(new ImportRefusal(operation.Type, error.ElementId ?? ElementIdOf(operation), error.Code, error.Message));
            }
            else
            {
                applied++;
            }
        }

        return AccessResult<ImportReport>.Ok(new ImportReport(room.Id, name, session.State.Version, applied, refused));
    }

    private static string? ElementIdOf(Operation operation) => operation switch
    {
        AddStakeholder o => o.Id,
        AddTeamMember o => o.Id,
        AddVisionElement o => o.Id,
        AddRelationship o => o.Id,
        AddCoverage o => o.Id,
        AddVisionLink o => o.Id,
        AddEndorsement o => o.Id,
        _ => null,
    };
}
