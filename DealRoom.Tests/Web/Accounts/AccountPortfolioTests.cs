using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Accounts;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Accounts;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Web.Accounts;

/// <summary>The demo account's insight, lead conversion through the op core, and V4 reading the account's leads.</summary>
public sealed class AccountPortfolioTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private DealRoomServer Server => fixture.Server;

    [Fact]
    public async Task Insight_ShouldFindTheDemosThinSpotsAndCulture_WhenTheManagerAsks()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await NinaAsync(ct);

        var insight = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{DemoRoom.AccountId}/insight", ct);

        string[] demoRooms = [DemoRoom.RoomId, DemoAccountRooms.WarehouseId, DemoAccountRooms.TelematicsId];
        var opportunities = insight.GetProperty("opportunities").EnumerateArray().Select(o => o.GetProperty("roomId").GetString()).ToList();
        Assert.Superset(demoRooms.ToHashSet<string?>(), opportunities.ToHashSet());
        var kinds = insight.GetProperty("thinSpots").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "KeyPersonUncovered", "RelationshipsConcentrated", "FormerChampionUncovered" }, kinds);
        var patterns = insight.GetProperty("culture").EnumerateArray().Select(s => s.GetProperty("pattern").GetString()).ToList();
        Assert.Equal(["ProcurementJoinsLate", "EconomicBuyerDelegates", "CommitteeDecides"], patterns);
        var maria = insight.GetProperty("network").GetProperty("contacts").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "email:" + DemoAccountRooms.Maria);
        var mariaRooms = maria.GetProperty("appearances").EnumerateArray().Select(a => a.GetProperty("room").GetProperty("roomId").GetString()).ToHashSet();
        Assert.Superset(demoRooms.ToHashSet<string?>(), mariaRooms);
    }

    [Fact]
    public async Task Convert_ShouldCreateTheRoomFilledWithThePickedPeople_WhenAManagerTurnsALeadIntoAnOpportunity()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await NinaAsync(ct);
        using var added = await nina.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/leads",
            new { title = "Customs automation", sourceKind = "Initiative", source = "Digital warehouse programme" }, ct);
        var leadId = (await added.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString();

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/leads/{leadId}/convert",
            new { roomName = "Northwind: customs", contactKeys = new[] { "email:" + DemoAccountRooms.Maria, "email:" + DemoAccountRooms.Erik } }, ct);
        var converted = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Opportunity", converted.GetProperty("lead").GetProperty("stage").GetString());
        var roomId = converted.GetProperty("roomId").GetString()!;
        var state = (await Server.GetService<RoomRegistry>().GetAsync(roomId, ct))!.State;
        Assert.Equal(["Erik Lindqvist", "Maria Santos"], state.Stakeholders.Values.Select(s => s.Name).Order());
        Assert.Contains(state.Stakeholders.Values, s => s.Email == DemoAccountRooms.Maria && s.Title == "VP Sales Operations");
        Assert.Equal("Northwind Logistics", state.Profile.CustomerName);
        var rooms = await nina.GetFromJsonAsync<JsonElement>("/api/rooms", ct);
        Assert.Contains(rooms.EnumerateArray(), r => r.GetProperty("id").GetString() == roomId && r.GetProperty("accountId").GetString() == DemoRoom.AccountId);
    }

    [Fact]
    public async Task Convert_ShouldRefuseWithField_WhenAPickedPersonIsNotInTheNetwork()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await NinaAsync(ct);

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/leads/{DemoAccounts.RouteLeadId}/convert",
            new { contactKeys = new[] { "email:nobody@example.org" } }, ct);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("contactKeys", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task V4_ShouldReadTheAccountsLeads_WhenTheRoomIsLoaded()
    {
        var ct = TestContext.Current.CancellationToken;

        var warehouse = (await Server.GetService<RoomRegistry>().GetAsync(DemoAccountRooms.WarehouseId, ct))!;

        Assert.True(warehouse.Account is { AccountId: DemoRoom.AccountId, AccountLeads: > 0 });
        Assert.Contains(warehouse.State.Stakeholders.Values, s => s.ValueConfirmed);
        Assert.DoesNotContain(warehouse.Gaps.Open, g => g.RuleId == "V4");
        Assert.Contains(DealRoom.Domain.Gaps.GapEngine.Evaluate(warehouse.State, new AccountFacts(DemoRoom.AccountId, 0)).Open, g => g.RuleId == "V4");
    }

    [Fact]
    public async Task LinkContacts_ShouldMakeTwoNamesakesOneContact_WhenTheTeamSaysTheyAreTheSamePerson()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await NinaAsync(ct);

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/contact-links",
            new { roomId = DemoRoom.RoomId, stakeholderId = "sh-jonas", otherRoomId = DemoAccountRooms.WarehouseId, otherStakeholderId = "sh-w-jonas" }, ct);
        var insight = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{DemoRoom.AccountId}/insight", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var jonas = insight.GetProperty("network").GetProperty("contacts").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == "Jonas Meyer")
            .Select(c => c.GetProperty("appearances").GetArrayLength()).Order().ToList();
        Assert.Equal([1, 2], jonas);
    }

    [Fact]
    public async Task LinkContacts_ShouldAnswerNotFound_WhenTheStakeholderIsNotInTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await NinaAsync(ct);

        using var response = await nina.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/contact-links",
            new { roomId = DemoRoom.RoomId, stakeholderId = "sh-jonas", otherRoomId = DemoAccountRooms.ContosoRoomId, otherStakeholderId = "sh-c-li" }, ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("otherStakeholderId", (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task GroupAsync_ShouldGroupTheRoomsPageByAccount_WhenTheManagerListsRooms()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Server.Services.CreateAsyncScope();
        var user = await PrincipalAsync(scope.ServiceProvider, DemoUsers.Manager.Email);
        var rooms = await scope.ServiceProvider.GetRequiredService<DealRoom.Web.Features.Rooms.RoomList>().ForAsync(user, ct);

        var groups = await scope.ServiceProvider.GetRequiredService<RoomAccountGroups>().GroupAsync(user, rooms, ct);

        Assert.Equal(["Contoso Retail", "Northwind Logistics"], groups.Select(g => g.AccountName));
        Assert.Contains(groups[1].Rooms, r => r.RoomId == DemoAccountRooms.WarehouseId);
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string email)
    {
        var users = services.GetRequiredService<UserManager<TeamUser>>();
        var factory = services.GetRequiredService<IUserClaimsPrincipalFactory<TeamUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<HttpClient> NinaAsync(CancellationToken ct) =>
        Server.CreateHttpClient(await Server.TokenAsync(DemoUsers.Manager.Email, DemoUsers.Manager.Password, ct));
}
