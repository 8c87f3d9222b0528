using System.Security.Claims;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;

namespace DealRoom.Web.Features.Imports;

/// <summary>
/// <c>POST /api/rooms/{roomId}/stakeholders/import</c>: stakeholders from a CRM's contacts CSV, all or none, with the
/// duplicates reported; <c>dryRun</c> previews the columns and the plan without changing the room.
/// </summary>
public static class StakeholderCsvEndpoint
{
    /// <summary>The file's text; columns the caller maps by header (overriding the recognised ones); a preview only.</summary>
    public sealed record ImportContactsRequest(string? Csv, IReadOnlyDictionary<string, ContactField>? Columns, bool DryRun);

    public static IEndpointRouteBuilder MapStakeholderCsvImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rooms/{roomId}/stakeholders/import", ImportAsync)
            .RequireAuthorization()
            .WithTags("Exports")
            .WithSummary("Import stakeholders from a contacts CSV (Salesforce, HubSpot and Dynamics 365 columns recognised), all or none, with a duplicate report; dryRun previews.")
            .Produces<ContactImportReport>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> ImportAsync(
        string roomId, ImportContactsRequest request, ClaimsPrincipal user, StakeholderCsvImporter importer, CancellationToken ct)
    {
        ContactImportReport? report;
        try
        {
            var table = ContactCsv.Read(new StringReader(request.Csv ?? string.Empty));
            var columns = ContactColumns.Recognise(table.Headers).ToArray();
            foreach (var (header, field) in request.Columns ?? new Dictionary<string, ContactField>())
            {
                var index = table.Headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    return Results.BadRequest(new ApiError(ErrorCodes.NotFound, $"The file has no column '{header}'.", "columns"));
                }

                columns[index] = field;
            }

            report = await importer.ImportAsync(user, roomId, table, columns, request.DryRun, ct);
        }
        catch (FormatException ex)
        {
            return Results.BadRequest(new ApiError(ErrorCodes.Malformed, ex.Message, "csv"));
        }

        return report is null
            ? Results.Json(new ApiError(ErrorCodes.Forbidden, "You may not add stakeholders to this room."), statusCode: StatusCodes.Status403Forbidden)
            : Results.Ok(report);
    }
}
