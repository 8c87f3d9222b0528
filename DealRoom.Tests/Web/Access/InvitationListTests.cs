using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;

namespace DealRoom.Tests.Web.Access;

/// <summary>Invitations name customers and their e-mail addresses: only the room's owners, who may invite, list them.</summary>
public sealed class InvitationListTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string CustomerEmail = "carla@customer.example";
    private readonly DealRoomServer _server = fixture.Server;

    public static TheoryData<string, RoomRole> NonOwners => new()
    {
        { DemoUsers.Viewer.Email, RoomRole.Viewer },
        { DemoUsers.Expert.Email, RoomRole.Editor },
    };

    [Theory]
    [MemberData(nameof(NonOwners))]
    public async Task ListInvitations_ShouldAnswer403WithoutCustomerData_WhenTheCallerIsNotAnOwner(string email, RoomRole role)
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(_server, ct, "Invitations");
        await TestRooms.AddMemberAsync(_server, roomId, email, role, ct);
        await Customers.InviteAsync(_server, roomId, ct);
        var password = DemoUsers.All.Single(u => u.Email == email).Password;
        using var member = _server.CreateHttpClient(await _server.TokenAsync(email, password, ct));

        using var response = await member.GetAsync($"/api/rooms/{roomId}/invitations", ct);

        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain(CustomerEmail, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListInvitations_ShouldNameTheCustomers_WhenTheCallerIsTheOwner()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(_server, ct, "Invitations");
        var (invitationId, _) = await Customers.InviteAsync(_server, roomId, ct);
        using var owner = _server.CreateHttpClient(await _server.OwnerTokenAsync(ct));

        var list = await owner.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/invitations", ct);

        var invitation = Assert.Single(list.EnumerateArray());
        Assert.Equal(invitationId, invitation.GetProperty("id").GetString());
        Assert.Equal(CustomerEmail, invitation.GetProperty("email").GetString());
    }
}
