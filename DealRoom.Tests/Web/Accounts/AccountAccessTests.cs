using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Accounts;

/// <summary>Who sees an account on the REST API: managers theirs, sellers the accounts of their rooms, customers none.</summary>
public sealed class AccountAccessTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private DealRoomServer Server => fixture.Server;

    [Fact]
    public async Task List_ShouldShowTheManagedAccounts_WhenTheExecutiveAccountManagerAsks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);

        var ids = (await nina.GetFromJsonAsync<JsonElement>("/api/accounts", ct)).EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();

        Assert.Equal([DemoAccounts.ContosoId, DemoRoom.AccountId], ids.Order());
    }

    [Fact]
    public async Task Get_ShouldShowOnlyTheAccountsOfTheirRooms_WhenASellerAsks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var alex = await ClientAsync(DemoUsers.Owner, ct);

        using var northwind = await alex.GetAsync($"/api/accounts/{DemoRoom.AccountId}", ct);
        using var contoso = await alex.GetAsync($"/api/accounts/{DemoAccounts.ContosoId}", ct);

        Assert.Equal(HttpStatusCode.OK, northwind.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, contoso.StatusCode);
    }

    [Fact]
    public async Task Get_ShouldBeForbidden_WhenATeamMemberHasNoRoomOfTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var riley = DemoUsers.All.Single(u => u.Email.StartsWith("riley", StringComparison.Ordinal));
        using var client = await ClientAsync(riley, ct);

        using var response = await client.GetAsync($"/api/accounts/{DemoRoom.AccountId}/insight", ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task EveryAccountPath_ShouldGiveACustomerNothing_WhenInvitedToARoomOfTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(Server, DemoRoom.RoomId, ct);
        using var customer = Server.CreateHttpClient(await Customers.TokenAsync(Server, link, ct));
        var account = $"/api/accounts/{DemoRoom.AccountId}";

        var list = await customer.GetFromJsonAsync<JsonElement>("/api/accounts", ct);
        using var detail = await customer.GetAsync(account, ct);
        using var insight = await customer.GetAsync(account + "/insight", ct);
        using var item = await customer.PostAsJsonAsync(account + "/items", new { kind = "Challenge", text = "Leak" }, ct);
        using var lead = await customer.PostAsJsonAsync(account + "/leads", new { title = "Leak", sourceKind = "Trend" }, ct);
        using var convert = await customer.PostAsJsonAsync($"{account}/leads/{DemoAccounts.RouteLeadId}/convert", new { contactKeys = Array.Empty<string>() }, ct);
        using var create = await customer.PostAsJsonAsync("/api/accounts", new { name = "Mine" }, ct);

        Assert.Equal(0, list.GetArrayLength());
        Assert.All([detail, insight, item, lead, convert, create], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.DoesNotContain("Northwind", await detail.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ShouldShowACustomerNoAccount_WhenTheyOpenTheAccountPage()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(Server, DemoRoom.RoomId, ct);
        using var customer = Server.CreateHttpClient(await Customers.TokenAsync(Server, link, ct));

        using var page = await customer.GetAsync($"/accounts/{DemoRoom.AccountId}", ct);
        var html = await page.Content.ReadAsStringAsync(ct);

        Assert.DoesNotContain("Fleet electrification", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nina Brooks", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordItem_ShouldAnswerWithCodeAndField_WhenTheTextIsMissing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/items", new { kind = "Challenge", text = " " }, ct);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("required", error.GetProperty("code").GetString());
        Assert.Equal("text", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task RecordItem_ShouldKeepWhoAndWhen_WhenAManagerRecordsAFigure()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoAccounts.ContosoId}/items",
            new { kind = "FinancialPerformance", text = "Revenue", figure = "9.1 bn USD", period = "FY2025" }, ct);
        var detail = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{DemoAccounts.ContosoId}", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = detail.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("figure").GetString() == "9.1 bn USD");
        Assert.Equal("Nina Brooks", item.GetProperty("recordedBy").GetString());
        Assert.Equal("FY2025", item.GetProperty("period").GetString());
    }

    [Fact]
    public async Task CreateRoom_ShouldBeForbidden_WhenTheCallerMayNotEditTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        using var alex = await ClientAsync(DemoUsers.Owner, ct);

        using var response = await alex.PostAsJsonAsync("/api/rooms", new { name = "Side door", accountId = DemoAccounts.ContosoId }, ct);
        using var contoso = await alex.GetAsync($"/api/accounts/{DemoAccounts.ContosoId}", ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, contoso.StatusCode);
    }

    [Fact]
    public async Task AddLead_ShouldHandTheNewCountToTheAccountsOpenRooms_WhenAManagerRecordsALead()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);
        var session = (await Server.GetService<DealRoom.Web.Collaboration.RoomRegistry>().GetAsync(DemoAccountRooms.ContosoRoomId, ct))!;
        var before = session.Account!.AccountLeads;

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoAccounts.ContosoId}/leads", new { title = "Click and collect", sourceKind = "Trend" }, ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 1, session.Account!.AccountLeads);
    }

    private async Task<HttpClient> ClientAsync(DemoUser user, CancellationToken ct) =>
        Server.CreateHttpClient(await Server.TokenAsync(user.Email, user.Password, ct));
}
