using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Accounts;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

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

        Assert.Equal(3, insight.GetProperty("opportunities").GetArrayLength());
        var kinds = insight.GetProperty("thinSpots").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "KeyPersonUncovered", "RelationshipsConcentrated", "FormerChampionUncovered" }, kinds);
        var patterns = insight.GetProperty("culture").EnumerateArray().Select(s => s.GetProperty("pattern").GetString()).ToList();
        Assert.Equal(["ProcurementJoinsLate", "EconomicBuyerDelegates", "CommitteeDecides"], patterns);
        var maria = insight.GetProperty("network").GetProperty("contacts").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "email:" + DemoAccountRooms.Maria);
        Assert.Equal(3, maria.GetProperty("appearances").GetArrayLength());
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

    private async Task<HttpClient> NinaAsync(CancellationToken ct) =>
        Server.CreateHttpClient(await Server.TokenAsync(DemoUsers.Manager.Email, DemoUsers.Manager.Password, ct));
}
