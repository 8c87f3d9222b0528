using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Accounts;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Web.Accounts;

/// <summary>
/// Account profile edits on the room op core: the account's own sequencer orders them, commits them to the SQLite op
/// log, and every participant of the account hears them; viewers are refused at their gate, customers never get in.
/// </summary>
public sealed class AccountSequencerTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private DealRoomServer Server => fixture.Server;

    [Fact]
    public async Task RecordItem_ShouldOrderBothEditorsEditsAndShowThemLiveToBoth_WhenTwoEditorsEditOneAccountAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);
        using var dana = await ClientAsync(DemoUsers.All[0], ct);
        var accountId = await NewAccountAsync(nina, ct);
        using var ninaPage = await JoinAsync(DemoUsers.Manager, accountId, ct);
        using var danaPage = await JoinAsync(DemoUsers.All[0], accountId, ct);
        var seenByNina = Listen(ninaPage);
        var seenByDana = Listen(danaPage);

        var answers = await Task.WhenAll(
            nina.PostAsJsonAsync($"/api/accounts/{accountId}/items", new { kind = "Challenge", text = "Margins under pressure" }, ct),
            dana.PostAsJsonAsync($"/api/accounts/{accountId}/items", new { kind = "FinancialPerformance", text = "Revenue", figure = "1.1 bn EUR", period = "FY2025" }, ct));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await Eventually.TrueAsync(() => seenByNina.Count == 2 && seenByDana.Count == 2, "both pages hear both edits");
        Assert.Equal([1L, 2L], seenByNina.Select(s => s.Version).Order());
        Assert.Equal(seenByNina.OrderBy(s => s.Version), seenByDana.OrderBy(s => s.Version));
        var detail = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{accountId}", ct);
        var recordedBy = detail.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("recordedBy").GetString()).Order().ToList();
        Assert.Equal(["Dana Admin", "Nina Brooks"], recordedBy);
        Assert.Equal(2, detail.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task RecordItem_ShouldRefuseTheStaleCorrectionWithWhoChangedIt_WhenTwoEditorsCorrectOneItemFromTheSameVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);
        using var dana = await ClientAsync(DemoUsers.All[0], ct);
        var accountId = await NewAccountAsync(nina, ct);
        var item = await (await nina.PostAsJsonAsync($"/api/accounts/{accountId}/items", new { kind = "Vision", text = "Be the first" }, ct))
            .Content.ReadFromJsonAsync<JsonElement>(ct);
        var (itemId, version) = (item.GetProperty("itemId").GetString(), item.GetProperty("version").GetInt64());

        using var first = await nina.PostAsJsonAsync($"/api/accounts/{accountId}/items", new { itemId, kind = "Vision", text = "Be the best", baseVersion = version }, ct);
        using var second = await dana.PostAsJsonAsync($"/api/accounts/{accountId}/items", new { itemId, kind = "Vision", text = "Be the only one", baseVersion = version }, ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var error = await second.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(ErrorCodes.ChangedSince, error.GetProperty("code").GetString());
        Assert.Contains("Nina Brooks", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var detail = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{accountId}", ct);
        Assert.Equal("Be the best", detail.GetProperty("items")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Submit_ShouldBeRefusedAtTheGateAndChangeNothing_WhenAViewerEditsTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        using var viewer = await JoinAsync(DemoUsers.Viewer, DemoRoom.AccountId, ct);
        var before = viewer.State.Version;

        var answer = await viewer.SubmitAsync("op-viewer-1", new SetAccountItem("ai-viewer", AccountItemKind.Challenge, "Not mine to say", null, null), ct);
        using var client = await ClientAsync(DemoUsers.Viewer, ct);
        using var rest = await client.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/items", new { kind = "Challenge", text = "Nor this" }, ct);

        Assert.Equal(ErrorCodes.Forbidden, answer.Error?.Code);
        Assert.Equal(HttpStatusCode.Forbidden, rest.StatusCode);
        Assert.False(viewer.CanEdit);
        Assert.Equal(before, viewer.State.Version);
    }

    [Fact]
    public async Task Join_ShouldGiveNoWayIn_WhenACustomerOrAnyHubClientAsksForTheAccountsSequencer()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(Server, DemoRoom.RoomId, ct);
        var customerToken = await Customers.TokenAsync(Server, link, ct);
        var sequencer = AccountRoomIds.For(DemoRoom.AccountId);
        var customer = AccessClaims.Customer("inv-x", DemoRoom.RoomId, "Carla", "test");

        var joined = await Server.GetService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<AccountSequencer>().JoinAsync(customer, DemoRoom.AccountId, "c-1", ct);
        await using var customerHub = await RoomClient.ConnectAsync(Server.HubUrl, sequencer, customerToken, ct);
        await using var ownerHub = await RoomClient.ConnectAsync(Server, sequencer, ct);
        var customerJoin = await customerHub.JoinAsync(ct);
        var ownerJoin = await ownerHub.JoinAsync(ct);
        using var export = await Server.CreateHttpClient(customerToken).GetAsync($"/api/rooms/{Uri.EscapeDataString(sequencer)}/export", ct);

        Assert.Equal(ErrorCodes.Forbidden, joined.Error?.Code);
        Assert.False(customerJoin.GetProperty("ok").GetBoolean());
        Assert.False(ownerJoin.GetProperty("ok").GetBoolean());
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain("logistics", customerJoin.ToString() + await export.Content.ReadAsStringAsync(ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_ShouldShowTheImportedDemoProfileWithItsAuthors_WhenTheAccountsSequencerFirstLoads()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nina = await ClientAsync(DemoUsers.Manager, ct);

        var detail = await nina.GetFromJsonAsync<JsonElement>($"/api/accounts/{DemoAccounts.ContosoId}", ct);

        var item = Assert.Single(detail.GetProperty("items").EnumerateArray(), i => i.GetProperty("text").GetString() == "Same-day delivery from stores");
        Assert.Equal("Nina Brooks", item.GetProperty("recordedBy").GetString());
        Assert.True(detail.GetProperty("version").GetInt64() >= 1);
    }

    private static ConcurrentBag<(long Version, string Type)> Listen(RoomParticipant participant)
    {
        var seen = new ConcurrentBag<(long, string)>();
        participant.Listen(update =>
        {
            foreach (var op in update.Operations)
            {
                seen.Add((op.Version, op.Operation.Type + ":" + op.AuthorName));
            }

            return ValueTask.CompletedTask;
        });
        return seen;
    }

    private async Task<RoomParticipant> JoinAsync(DemoUser user, string accountId, CancellationToken ct)
    {
        using var scope = Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TeamUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TeamUser>>()
            .CreateAsync((await users.FindByEmailAsync(user.Email))!);
        var joined = await scope.ServiceProvider.GetRequiredService<AccountSequencer>()
            .JoinAsync(new ClaimsPrincipal(principal), accountId, "test-" + Guid.NewGuid().ToString("N"), ct);
        return joined.Value ?? throw new InvalidOperationException(joined.Error?.Message);
    }

    private static async Task<string> NewAccountAsync(HttpClient manager, CancellationToken ct)
    {
        using var created = await manager.PostAsJsonAsync("/api/accounts", new { name = "Fabrikam " + Guid.NewGuid().ToString("N")[..6] }, ct);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> ClientAsync(DemoUser user, CancellationToken ct) =>
        Server.CreateHttpClient(await Server.TokenAsync(user.Email, user.Password, ct));
}
