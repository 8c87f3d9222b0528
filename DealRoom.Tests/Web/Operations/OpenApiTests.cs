using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Tests.Web.Operations;

/// <summary>The REST API is described at /openapi/v1.json and listed in docs/protocol.md, every endpoint of it.</summary>
public sealed class OpenApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    /// <summary>Mapped endpoints that are not the REST API: Blazor's circuit plumbing, the docs themselves, health probes.</summary>
    private static readonly string[] NotRest = ["/_blazor", "/_framework", "/openapi/", "/scalar", "/health/"];

    private readonly DealRoomServer _server = fixture.Server;

    /// <summary>Every REST endpoint the app maps, as (method, route): read from routing, not from a list kept by hand.</summary>
    private IReadOnlyList<(string Method, string Route)> RestEndpoints() =>
        _server.GetService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HubMetadata>() is null && e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Select(e => (Endpoint: e, Route: "/" + e.RoutePattern.RawText!.Trim('/')))
            .Where(e => !NotRest.Any(prefix => e.Route.StartsWith(prefix, StringComparison.Ordinal)))
            .SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (m, e.Route)))
            .ToList();

    [Fact]
    public async Task OpenApiDocument_ShouldDescribe_EveryMappedRestEndpoint()
    {
        using var anonymous = _server.CreateHttpClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        var endpoints = RestEndpoints();
        Assert.Contains(endpoints, e => e.Route == "/api/rooms/{roomId}/invitations/{invitationId}/revoke");
        var missing = endpoints
            .Where(e => !paths.TryGetProperty(e.Route, out var path) || !path.TryGetProperty(e.Method.ToLowerInvariant(), out _))
            .Select(e => $"{e.Method} {e.Route}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void ProtocolDoc_ShouldList_EveryMappedRestEndpoint()
    {
        var protocol = File.ReadAllText(RepositoryRoot.File("docs", "protocol.md"));

        var missing = RestEndpoints().Select(e => $"`{e.Method} {e.Route}`").Where(e => !protocol.Contains(e, StringComparison.Ordinal)).ToList();

        Assert.Contains("/openapi/v1.json", protocol, StringComparison.Ordinal);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task OpenApiDocument_ShouldDescribeTheErrorBody_OfRefusedCalls()
    {
        using var anonymous = _server.CreateHttpClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var forbidden = document.GetProperty("paths").GetProperty("/api/rooms/{roomId}/invitations").GetProperty("get")
            .GetProperty("responses").GetProperty("403").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.EndsWith("/ApiError", forbidden.GetProperty("$ref").GetString(), StringComparison.Ordinal);
        var error = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiError").GetProperty("properties");
        Assert.True(error.TryGetProperty("code", out _) && error.TryGetProperty("message", out _) && error.TryGetProperty("field", out _));
    }

    [Fact]
    public async Task OpenApiDocument_ShouldAskForTheBearerToken_OnlyWhereSignInIsRequired()
    {
        using var anonymous = _server.CreateHttpClient();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        var rooms = paths.GetProperty("/api/rooms").GetProperty("get");
        var signIn = paths.GetProperty("/api/auth/token").GetProperty("post");
        Assert.True(rooms.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        Assert.False(signIn.TryGetProperty("security", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task ApiReference_ShouldBeServed_InDevelopment()
    {
        using var anonymous = _server.CreateHttpClient();

        using var response = await anonymous.GetAsync("/scalar/v1", TestContext.Current.CancellationToken);

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);

        // No internet where DealRoom runs: no web fonts from fonts.scalar.com, no telemetry.
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Api_ShouldAnswer401WithTheErrorBody_WhenTheCallerIsNotSignedIn(string? bearerToken)
    {
        using var client = _server.CreateHttpClient(bearerToken);

        using var response = await client.GetAsync("/api/rooms", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(ErrorCodes.Unauthorized, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("field").ValueKind);
    }
}
