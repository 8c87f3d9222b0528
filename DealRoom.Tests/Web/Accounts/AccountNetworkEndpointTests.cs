using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Accounts;

/// <summary>The account's network map on the REST API: the account's team sees it, with history; customers never.</summary>
public sealed class AccountNetworkEndpointTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Maria = "email:" + DemoAccountRooms.Maria;
    private const string Erik = "email:" + DemoAccountRooms.Erik;

    private DealRoomServer Server => fixture.Server;

    [Fact]
    public async Task GetNetwork_ShouldGiveEachPersonOnceWithLinesThinSpotsAndHistory_WhenTheManagerAsks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);

        var map = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{DemoRoom.AccountId}/network", ct);

        var maria = Assert.Single(map.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("key").GetString() == Maria);
        Assert.Equal(3, maria.GetProperty("appearances").GetArrayLength());
        var strongest = Assert.Single(map.GetProperty("coverage").EnumerateArray(),
            c => c.GetProperty("contactKey").GetString() == Maria && c.GetProperty("isStrongest").GetBoolean());
        Assert.Equal("Alex Carter", strongest.GetProperty("memberName").GetString());
        Assert.Contains(map.GetProperty("thinSpots").EnumerateArray(), s => s.GetProperty("kind").GetString() == "FormerChampionUncovered");
        Assert.Contains(map.GetProperty("members").EnumerateArray(), m => m.GetProperty("name").GetString() == "Alex Carter");
        Assert.True(map.GetProperty("history").GetProperty(Maria).GetArrayLength() >= 3);
    }

    [Fact]
    public async Task GetNetwork_ShouldShowTheNewStance_WhenSomeoneChangedItInARoomSinceTheLastRead()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);
        var path = $"/api/accounts/{DemoRoom.AccountId}/network";
        var before = (await nina.GetFromJsonAsync<JsonElement>(path, ct)).GetProperty("history").GetProperty(Erik).GetArrayLength();
        await using var alex = await RoomClient.ConnectAsync(Server, DemoRoom.RoomId, ct);
        await alex.JoinAsync(ct);

        var ack = await alex.SubmitAsync(new UpdateStakeholder("sh-erik", new Dictionary<string, string?> { ["stance"] = "Supporter" }), ct);
        var after = (await nina.GetFromJsonAsync<JsonElement>(path, ct)).GetProperty("history").GetProperty(Erik);

        Assert.True(ack.GetProperty("ok").GetBoolean(), ack.ToString());
        Assert.Equal(before + 1, after.GetArrayLength());
        var change = after.EnumerateArray().Last();
        Assert.Equal(DemoRoom.RoomId, change.GetProperty("room").GetProperty("roomId").GetString());
        Assert.Equal(("Skeptic", "Supporter"), (change.GetProperty("before").GetProperty("stance").GetString(), change.GetProperty("after").GetProperty("stance").GetString()));
        Assert.True(change.GetProperty("stanceChanged").GetBoolean());
    }

    [Fact]
    public async Task GetNetwork_ShouldBeForbidden_WhenATeamMemberHasNoRoomOfTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var riley = DemoUsers.All.Single(u => u.Email.StartsWith("riley", StringComparison.Ordinal));
        using var client = await ClientAsync(riley, ct);

        using var response = await client.GetAsync($"/api/accounts/{DemoRoom.AccountId}/network", ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetNetwork_ShouldGiveACustomerNothing_WhenInvitedToARoomOfTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(Server, DemoRoom.RoomId, ct);
        using var customer = Server.CreateHttpClient(await Customers.TokenAsync(Server, link, ct));

        using var response = await customer.GetAsync($"/api/accounts/{DemoRoom.AccountId}/network", ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("Maria", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Carter", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNetwork_ShouldAskForSignIn_WhenTheCallerIsAnonymous()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = Server.CreateHttpClient(null);

        using var response = await anonymous.GetAsync($"/api/accounts/{DemoRoom.AccountId}/network", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpClient> ClientAsync(DemoUser user, CancellationToken ct) =>
        Server.CreateHttpClient(await Server.TokenAsync(user.Email, user.Password, ct));
}
