using System.Net.Http.Json;
using System.Text.Json;

namespace DealRoom.Tests.Support;

/// <summary>Invites customers the way an owner does (REST, as the owner) and trades links for customer tokens.</summary>
public static class Customers
{
    /// <summary>Creates an invitation as the room owner; returns (invitation id, link token).</summary>
    public static async Task<(string InvitationId, string Token)> InviteAsync(
        DealRoomServer server, string roomId, CancellationToken ct, string rights = "Edit", string? stakeholderId = null)
    {
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        using var response = await owner.PostAsJsonAsync(
            $"/api/rooms/{roomId}/invitations", new { name = "Carla Customer", email = "carla@customer.example", rights, stakeholderId }, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return (body.GetProperty("invitation").GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(DealRoomServer server, string token, CancellationToken ct, string name = "Carla")
    {
        using var client = server.CreateHttpClient();
        return await client.PostAsJsonAsync("/api/auth/customer-token", new { token, name }, ct);
    }

    public static async Task<string> TokenAsync(DealRoomServer server, string linkToken, CancellationToken ct)
    {
        using var response = await RequestTokenAsync(server, linkToken, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    public static async Task RevokeAsync(DealRoomServer server, string roomId, string invitationId, CancellationToken ct)
    {
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        using var response = await owner.PostAsync($"/api/rooms/{roomId}/invitations/{invitationId}/revoke", null, ct);
        response.EnsureSuccessStatusCode();
    }
}
