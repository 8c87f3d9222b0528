using System.Security.Claims;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Http.Metadata;

namespace DealRoom.Web.Features.Accounts;

/// <summary>The accounts' REST API. Team members only; every route checks the caller's right to the account.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").RequireAuthorization().WithTags("Accounts")
            .WithErrors(StatusCodes.Status401Unauthorized);
        accounts.MapGet("", async (ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                Results.Ok(await service.ListAsync(user, ct)))
            .WithSummary("The accounts the caller may see (none for customers).")
            .Produces<IReadOnlyList<AccountListItem>>();
        accounts.MapPost("", async (CreateAccountRequest request, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.CreateAsync(user, request, ct), a => Results.Created($"/api/accounts/{a.Id}", a)))
            .WithSummary("Create an account (administrators, executive account managers: they then manage it).")
            .Produces<AccountListItem>(StatusCodes.Status201Created).WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        accounts.MapGet("/{accountId}", async (string accountId, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.GetAsync(user, accountId, ct), Results.Ok))
            .WithSummary("The account's profile (each item with who recorded it and when) and its leads.")
            .Produces<AccountDetail>().WithErrors(StatusCodes.Status403Forbidden);
        accounts.MapGet("/{accountId}/insight", async (string accountId, ClaimsPrincipal user, AccountInsights insights, CancellationToken ct) =>
                ToResult(await insights.GetAsync(user, accountId, ct), Results.Ok))
            .WithSummary("The account's opportunities (phase, health, coverage), relationship network, thin spots and decision culture.")
            .Produces<AccountInsight>().WithErrors(StatusCodes.Status403Forbidden);
        accounts.MapPost("/{accountId}/items", async (string accountId, AccountItemRequest request, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.RecordItemAsync(user, accountId, request, ct), Results.Ok))
            .WithSummary("Record a profile item, or correct one (with itemId): a new edit in the account's log.")
            .Produces<AccountItem>().WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        accounts.MapDelete("/{accountId}/items/{itemId}", async (string accountId, string itemId, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.RemoveItemAsync(user, accountId, itemId, ct), _ => Results.NoContent()))
            .WithSummary("Remove a profile item (an edit in the account's log; its history stays).")
            .Produces(StatusCodes.Status204NoContent).WithErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        accounts.MapPost("/{accountId}/leads", async (string accountId, AccountLeadRequest request, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.AddLeadAsync(user, accountId, request, ct), l => Results.Created($"/api/accounts/{accountId}/leads/{l.Id}", l)))
            .WithSummary("Record an account lead: a new business idea with its source (ConfirmedValue, Initiative, Trend).")
            .Produces<AccountLead>(StatusCodes.Status201Created).WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        accounts.MapPost("/{accountId}/leads/{leadId}/qualify", async (string accountId, string leadId, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.QualifyLeadAsync(user, accountId, leadId, ct), Results.Ok))
            .WithSummary("Move an account lead on to a lead.")
            .Produces<AccountLead>().WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        accounts.MapPost("/{accountId}/leads/{leadId}/convert", async (string accountId, string leadId, ConvertLeadRequest request, ClaimsPrincipal user, LeadConversion conversion, CancellationToken ct) =>
                ToResult(await conversion.ConvertAsync(user, accountId, leadId, request, ct), c => Results.Created($"/api/rooms/{c.RoomId}", c)))
            .WithSummary("Turn a lead into an opportunity: a new deal room of the account (the caller its owner) filled with the picked contacts.")
            .Produces<ConvertedLead>(StatusCodes.Status201Created).WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        accounts.MapPost("/{accountId}/contact-links", async (string accountId, ContactLink request, ClaimsPrincipal user, AccountService service, CancellationToken ct) =>
                ToResult(await service.LinkContactsAsync(user, accountId, request, ct), Results.Ok))
            .WithSummary("Say that two stakeholders of the account's rooms are one person (for people without a known e-mail).")
            .Produces<ContactLink>().WithErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        accounts.MapGet("/{accountId}/network", async (string accountId, ClaimsPrincipal user, Network.AccountNetworkService network, CancellationToken ct) =>
                ToResult(await network.GetAsync(user, accountId, ct), Results.Ok))
            .WithSummary("The account's relationship network as its map draws it: contacts, our people, coverage and relationship lines, thin spots, and each contact's role, stance and coverage over time.")
            .Produces<Network.AccountNetworkMap>().WithErrors(StatusCodes.Status403Forbidden);
        return app;
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
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.Json(new ApiError(result.Error.Code, result.Error.Message, result.Error.Field), statusCode: status);
    }

    private static TBuilder WithErrors<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ApiError), ["application/json"]));
        }

        return builder;
    }
}
