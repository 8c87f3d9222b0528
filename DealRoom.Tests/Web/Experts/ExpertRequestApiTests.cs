using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Experts;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Tests.Web.Experts;

/// <summary>Expert requests over REST with real SignalR clients in the room: the request → assign → card path, and who may see what.</summary>
public sealed class ExpertRequestApiTests
{
    [Fact]
    public async Task Assign_ShouldAddTheLinkedCardForTheTeam_AndNothingForTheCustomer_WhenTheManagerAssignsAnExpert()
    {
        // Arrange: the demo room with the owner and an invited customer connected; the demo request waits.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var team = await RoomClient.ConnectAsync(server, DemoRoom.RoomId, ct);
        await team.JoinAsync(ct);
        var (_, link) = await Customers.InviteAsync(server, DemoRoom.RoomId, ct, rights: "View");
        await using var customer = await RoomClient.ConnectAsync(server.HubUrl, DemoRoom.RoomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);
        using var manager = server.CreateHttpClient(await server.TokenAsync(DemoUsers.Manager.Email, DemoUsers.Manager.Password, ct));
        var riley = DemoUsers.SecondExpert;

        // Act
        var candidates = await manager.GetFromJsonAsync<JsonElement>($"/api/experts/requests/{DemoExperts.RequestId}/candidates", ct);
        var response = await manager.PostAsJsonAsync($"/api/experts/requests/{DemoExperts.RequestId}/assign", new { userId = riley.Id }, ct);

        // Assert: Riley ranks first, the request is assigned, Riley is an editor with a linked card the team sees live.
        Assert.Equal(riley.Id, candidates[0].GetProperty("userId").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Assigned", (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetString());
        await Eventually.TrueAsync(() => team.State!.TeamMembers.Values.Any(t => t.UserId == riley.Id && t.Name == riley.DisplayName),
            "the expert's linked card never reached the team");
        await using (var db = await server.GetService<IDbContextFactory<DealRoomDbContext>>().CreateDbContextAsync(ct))
        {
            Assert.Equal(RoomRole.Editor, (await db.RoomMembers.SingleAsync(m => m.RoomId == DemoRoom.RoomId && m.UserId == riley.Id, ct)).Role);
            Assert.True(await db.Notifications.AnyAsync(n => n.UserId == riley.Id, ct));
            Assert.True(await db.Outbox.AnyAsync(m => m.To == riley.Email, ct));
        }

        // The customer's stream holds no team card, no user id, no request: a later edit they may see arrives after it.
        await team.SubmitAsync(new DealRoom.Domain.Rooms.Operations.UpdateRoom(new Dictionary<string, string?> { ["customerName"] = "Northwind" }), ct);
        await Eventually.TrueAsync(() => customer.Messages.Any(m => m.Message.ToString().Contains("\"customerName\"", StringComparison.Ordinal)),
            "the customer never heard the later edit");
        Assert.All(customer.Messages, m =>
        {
            var text = m.Message.ToString();
            Assert.DoesNotContain(riley.Id, text, StringComparison.Ordinal);
            Assert.DoesNotContain("addTeamMember", text, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoExperts.RequestId, text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ExpertRoutes_ShouldBeForbiddenWithTheErrorBody_WhenTheCallerIsACustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var (_, link) = await Customers.InviteAsync(server, DemoRoom.RoomId, ct);
        using var customer = server.CreateHttpClient(await Customers.TokenAsync(server, link, ct));

        var calls = new (string Method, string Url, object? Body)[]
        {
            ("GET", $"/api/rooms/{DemoRoom.RoomId}/expert-requests", null),
            ("POST", $"/api/rooms/{DemoRoom.RoomId}/expert-requests", new { expertise = "Finance", hours = 4 }),
            ("GET", "/api/experts/queue", null),
            ("GET", $"/api/experts/requests/{DemoExperts.RequestId}/candidates", null),
            ("POST", $"/api/experts/requests/{DemoExperts.RequestId}/assign", new { userId = DemoUsers.SecondExpert.Id }),
            ("POST", $"/api/experts/requests/{DemoExperts.RequestId}/decline", new { reason = "no" }),
            ("GET", "/api/experts/assignments", null),
            ("GET", "/api/experts/directory", null),
            ("PUT", $"/api/experts/directory/{DemoUsers.SecondExpert.Id}", new { capacityHours = 1, areas = Array.Empty<object>() }),
            ("GET", "/api/notifications", null),
            ("POST", "/api/notifications/read", null),
            ("GET", $"/api/rooms/{DemoRoom.RoomId}/outcome", null),
            ("PUT", $"/api/rooms/{DemoRoom.RoomId}/outcome", new { outcome = "Won", closedOn = "2020-01-01" }),
            ("DELETE", $"/api/rooms/{DemoRoom.RoomId}/outcome", null),
        };

        foreach (var (method, url, body) in calls)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await customer.SendAsync(request, ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url}: {response.StatusCode}");
            Assert.Equal(ErrorCodes.Forbidden, (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task CreateAndDecline_ShouldRefuseBadInput_AndNonManagers_WithTheErrorBody()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        using var manager = server.CreateHttpClient(await server.TokenAsync(DemoUsers.Manager.Email, DemoUsers.Manager.Password, ct));

        var noHours = await owner.PostAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/expert-requests", new { expertise = "Legal" }, ct);
        var ownerDeclines = await owner.PostAsJsonAsync($"/api/experts/requests/{DemoExperts.RequestId}/decline", new { reason = "No" }, ct);
        var noReason = await manager.PostAsJsonAsync($"/api/experts/requests/{DemoExperts.RequestId}/decline", new { reason = " " }, ct);
        var created = await owner.PostAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/expert-requests", new { expertise = "Legal", hours = 3, forElementId = "sh-erik" }, ct);

        Assert.Equal("hours", (await noHours.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, ownerDeclines.StatusCode);
        Assert.Equal("reason", (await noReason.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var queue = await manager.GetFromJsonAsync<JsonElement>("/api/experts/queue", ct);
        Assert.Equal(2, queue.EnumerateArray().Count(r => r.GetProperty("status").GetString() == "Open"));
    }

    [Fact]
    public async Task Membership_ShouldAddAndRemoveTheLinkedCard_WhenAMemberIsAddedAndRemoved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var team = await RoomClient.ConnectAsync(server, roomId, ct);
        await team.JoinAsync(ct);
        var riley = DemoUsers.SecondExpert;

        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        var added = await owner.PostAsJsonAsync($"/api/rooms/{roomId}/members", new { email = riley.Email, role = "Editor" }, ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        await Eventually.TrueAsync(() => team.State!.TeamMembers.Values.Any(t => t.UserId == riley.Id && t.Expertise == "Finance, Value engineering"),
            "the new member's card never appeared");
        var removed = await owner.DeleteAsync($"/api/rooms/{roomId}/members/{riley.Id}", ct);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Eventually.TrueAsync(() => !team.State!.TeamMembers.Values.Any(t => t.UserId == riley.Id), "the removed member's card stayed");
    }

    [Fact]
    public async Task SaveDirectory_ShouldUpdateTheLinkedCards_AndBeRefused_ForSomeoneElsesEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var team = await RoomClient.ConnectAsync(server, DemoRoom.RoomId, ct);
        await team.JoinAsync(ct);
        using var sam = server.CreateHttpClient(await server.TokenAsync(DemoUsers.Expert.Email, DemoUsers.Expert.Password, ct));
        var areas = new[] { new { area = "IT", proficiency = 3, knowledge = "OurCapabilities" }, new { area = "Data migration", proficiency = 2, knowledge = "InternalMethodsAndTools" } };

        var own = await sam.PutAsJsonAsync($"/api/experts/directory/{DemoUsers.Expert.Id}", new { capacityHours = 20, areas }, ct);
        var other = await sam.PutAsJsonAsync($"/api/experts/directory/{DemoUsers.SecondExpert.Id}", new { capacityHours = 20, areas }, ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        await Eventually.TrueAsync(() => team.State!.TeamMembers["tm-sam"].Expertise == "IT, Data migration", "the linked card did not follow the profile");
    }
}
