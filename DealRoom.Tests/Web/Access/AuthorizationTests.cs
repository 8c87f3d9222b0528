using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Tests.Web.Access;

public sealed class AuthorizationTests : IAsyncLifetime
{
    private DealRoomServer _server = null!;
    private string _roomA = null!;
    private string _roomB = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _server = new DealRoomServer();
        _roomA = await TestRooms.CreateAsync(_server, ct, "Room A");
        _roomB = await TestRooms.CreateAsync(_server, ct, "Room B", ownerEmail: DemoUsers.Expert.Email);
        await TestRooms.AddMemberAsync(_server, _roomA, DemoUsers.Viewer.Email, RoomRole.Viewer, ct);
        await using var owner = await RoomClient.ConnectAsync(_server, _roomA, ct);
        await owner.JoinAsync(ct);
        await owner.SubmitAsync(new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Erik", ["visibleToCustomer"] = "true" }), ct);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/api/rooms")]
    [InlineData("/api/rooms/{A}/snapshot")]
    [InlineData("/api/rooms/{A}/members")]
    [InlineData("/api/rooms/{A}/invitations")]
    public async Task Api_ShouldAnswer401_WhenAnonymous(string path)
    {
        using var client = _server.CreateHttpClient();

        using var response = await client.GetAsync(path.Replace("{A}", _roomA, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/rooms/{A}")]
    public async Task Pages_ShouldRedirectToSignIn_WhenAnonymous(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.BaseUrl) };

        using var response = await client.GetAsync(path.Replace("{A}", _roomA, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_ShouldRefuseTheConnection_WhenAnonymous()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = RoomClient.ConnectAsync(_server.HubUrl, _roomA, accessToken: null, ct);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client);

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberOfRoomA_ShouldBeRefusedEverywhere_WhenAskingForRoomB()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = _server.CreateHttpClient(await _server.OwnerTokenAsync(ct));
        await using var hub = await RoomClient.ConnectAsync(_server, _roomB, ct);

        using var snapshot = await http.GetAsync($"/api/rooms/{_roomB}/snapshot", ct);
        using var members = await http.GetAsync($"/api/rooms/{_roomB}/members", ct);
        using var invite = await http.PostAsJsonAsync($"/api/rooms/{_roomB}/invitations", new { name = "X", email = "x@example.com", rights = "Edit" }, ct);
        var join = await hub.JoinAsync(ct);
        var submit = await hub.SubmitAsync(new AddStakeholder("sh-x", 0, 0, new Dictionary<string, string?> { ["name"] = "X" }), ct);
        var rooms = await (await http.GetAsync("/api/rooms", ct)).Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.Forbidden, snapshot.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, members.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal(ErrorCodes.RoomNotFound, join.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.NotJoined, submit.GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain(rooms.EnumerateArray(), r => r.GetProperty("id").GetString() == _roomB);
        Assert.Equal(0, await VersionOfAsync(_roomB, ct));
    }

    [Fact]
    public async Task HubListRooms_ShouldNameOnlyTheRoomsOfTheCaller()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await _server.TokenAsync(DemoUsers.Expert.Email, DemoUsers.Expert.Password, ct);
        await using var expert = await RoomClient.ConnectAsync(_server.HubUrl, _roomB, token, ct);

        var rooms = await expert.Connection.InvokeAsync<JsonElement>("ListRooms", ct);

        var ids = rooms.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(_roomB, ids);
        Assert.DoesNotContain(_roomA, ids);
    }

    [Fact]
    public async Task Viewer_ShouldBeForbidden_WhenSubmitting()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await _server.TokenAsync(DemoUsers.Viewer.Email, DemoUsers.Viewer.Password, ct);
        await using var viewer = await RoomClient.ConnectAsync(_server.HubUrl, _roomA, token, ct);
        var join = await viewer.JoinAsync(ct);

        var answer = await viewer.SubmitAsync(new MoveNode("sh-1", 9, 9), ct);

        Assert.True(join.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Forbidden, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(1, await VersionOfAsync(_roomA, ct));
    }

    [Fact]
    public async Task Customer_ShouldBeForbidden_WhenSubmittingAStakeholderOperation()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, link) = await Customers.InviteAsync(_server, _roomA, ct);
        await using var customer = await RoomClient.ConnectAsync(_server.HubUrl, _roomA, await Customers.TokenAsync(_server, link, ct), ct, sparse: true);
        var join = await customer.JoinAsync(ct);

        var update = await customer.SubmitAsync(new UpdateStakeholder("sh-1", new Dictionary<string, string?> { ["stance"] = "Champion" }), ct);
        var add = await customer.SubmitAsync(new AddStakeholder("sh-9", 0, 0, new Dictionary<string, string?> { ["name"] = "Mole" }), ct);
        var vision = await customer.SubmitAsync(new AddVisionElement("ve-c", DealRoom.Domain.Vision.VisionElementType.DesiredResult, 0, 0, new Dictionary<string, string?> { ["title"] = "Faster close" }), ct);

        Assert.Equal(ErrorCodes.Forbidden, update.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.Forbidden, add.GetProperty("error").GetProperty("code").GetString());
        Assert.True(vision.GetProperty("ok").GetBoolean());
        var snapshot = join.GetProperty("snapshot");
        Assert.Empty(snapshot.GetProperty("relationships").EnumerateArray());
        Assert.Empty(snapshot.GetProperty("teamMembers").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, join.GetProperty("gaps").ValueKind);
    }

    public static TheoryData<string> BadLinks => new() { "expired", "revoked", "tampered", "guessed" };

    [Theory]
    [MemberData(nameof(BadLinks))]
    public async Task CustomerToken_ShouldBeRefused_WhenTheInvitationIsNotLive(string how)
    {
        var ct = TestContext.Current.CancellationToken;
        var (invitationId, link) = await Customers.InviteAsync(_server, _roomA, ct);
        switch (how)
        {
            case "expired":
                await using (var db = await _server.GetService<IDbContextFactory<DealRoomDbContext>>().CreateDbContextAsync(ct))
                {
                    await db.Invitations.Where(i => i.Id == invitationId)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), ct);
                }

                break;
            case "revoked":
                await Customers.RevokeAsync(_server, _roomA, invitationId, ct);
                break;
            case "tampered":
                link = (link[0] == 'A' ? 'B' : 'A') + link[1..];
                break;
            default:
                link = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                break;
        }

        using var response = await Customers.RequestTokenAsync(_server, link, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(ErrorCodes.Unauthorized, body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task CustomerInTheRoom_ShouldBeDisconnectedAndRefused_WhenTheInvitationIsRevoked()
    {
        var ct = TestContext.Current.CancellationToken;
        var (invitationId, link) = await Customers.InviteAsync(_server, _roomA, ct);
        var token = await Customers.TokenAsync(_server, link, ct);
        var customer = await RoomClient.ConnectAsync(_server.HubUrl, _roomA, token, ct, sparse: true);
        await customer.JoinAsync(ct);
        var closed = new TaskCompletionSource();
        customer.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await Customers.RevokeAsync(_server, _roomA, invitationId, ct);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);

        Assert.Contains(customer.Messages, m => m.Method == "SessionEnded");
        await customer.DisposeAsync();

        // The same token, replayed after the revocation, opens nothing.
        await using var replay = await RoomClient.ConnectAsync(_server.HubUrl, _roomA, token, ct, sparse: true);
        var join = await replay.JoinAsync(ct);
        Assert.Equal(ErrorCodes.RoomNotFound, join.GetProperty("error").GetProperty("code").GetString());
        using var http = _server.CreateHttpClient(token);
        using var snapshot = await http.GetAsync($"/api/rooms/{_roomA}/snapshot", ct);
        Assert.Equal(HttpStatusCode.Forbidden, snapshot.StatusCode);
    }

    [Fact]
    public async Task SignIn_ShouldLockTheAccount_WhenPasswordsAreGuessed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _server.CreateHttpClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Viewer.Email, password = $"guess-{i}" }, ct);
            statuses.Add(wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Viewer.Email, password = DemoUsers.Viewer.Password }, ct);

        Assert.All(statuses.Take(4), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal((HttpStatusCode)429, right.StatusCode);
    }

    [Theory]
    [InlineData("/account/login", "Input.Email=alex%40dealroom.demo&Input.Password=DemoOwner-2026&_handler=login")]
    [InlineData("/account/logout", "")]
    public async Task Forms_ShouldRefuse_WhenPostedWithoutAnAntiforgeryToken(string path, string form)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.BaseUrl) };
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("DealRoom.Team=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<long> VersionOfAsync(string roomId, CancellationToken ct) =>
        (await _server.GetService<RoomRegistry>().GetAsync(roomId, ct))!.State.Version;
}
