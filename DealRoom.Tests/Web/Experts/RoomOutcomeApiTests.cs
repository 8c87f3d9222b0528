using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Experts;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Experts;

/// <summary>Room outcomes over REST: who records them, what they refuse, and how they reach the ranking and the gaps.</summary>
public sealed class RoomOutcomeApiTests
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Put_ShouldRecordTheOutcome_AndCountItOnTheAssignedExpertsRecord_WhenTheOwnerClosesTheDeal()
    {
        // Arrange: Riley is assigned to the demo room; the demo data gives her two won deals of three.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        using var manager = server.CreateHttpClient(await server.TokenAsync(DemoUsers.Manager.Email, DemoUsers.Manager.Password, ct));
        var before = await manager.GetFromJsonAsync<JsonElement>($"/api/experts/requests/{DemoExperts.RequestId}/candidates", ct);
        (await manager.PostAsJsonAsync($"/api/experts/requests/{DemoExperts.RequestId}/assign", new { userId = DemoUsers.SecondExpert.Id }, ct)).EnsureSuccessStatusCode();
        var open = await owner.GetAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", ct);

        // Act
        var put = await owner.PutAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", new { outcome = "Won", closedOn = Today }, ct);
        var created = await owner.PostAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/expert-requests", new { expertise = "Corporate finance", hours = 4 }, ct);
        var requestId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString();
        var after = await manager.GetFromJsonAsync<JsonElement>($"/api/experts/requests/{requestId}/candidates", ct);

        // Assert: the outcome reads back; the won room counts on Riley's record and no longer holds her hours.
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await owner.GetFromJsonAsync<JsonElement>($"/api/rooms/{DemoRoom.RoomId}/outcome", ct);
        Assert.Equal("Won", read.GetProperty("outcome").GetString());
        Assert.Equal(Today, read.GetProperty("closedOn").GetString());
        Assert.Equal(DemoUsers.Owner.DisplayName, read.GetProperty("recordedByName").GetString());
        var riley = before.EnumerateArray().Single(c => c.GetProperty("userId").GetString() == DemoUsers.SecondExpert.Id);
        Assert.Equal("Finance (authority), 12 h/week free, 2 of 3 past deals won", riley.GetProperty("why").GetString());
        var rileyAfter = after.EnumerateArray().Single(c => c.GetProperty("userId").GetString() == DemoUsers.SecondExpert.Id);
        Assert.Equal("Finance (authority), 12 h/week free, 3 of 4 past deals won", rileyAfter.GetProperty("why").GetString());
    }

    [Fact]
    public async Task Put_ShouldBeForbidden_WhenTheCallerIsAViewerOrACustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var viewer = server.CreateHttpClient(await server.TokenAsync(DemoUsers.Viewer.Email, DemoUsers.Viewer.Password, ct));
        var (_, link) = await Customers.InviteAsync(server, DemoRoom.RoomId, ct);
        using var customer = server.CreateHttpClient(await Customers.TokenAsync(server, link, ct));
        var body = new { outcome = "Lost", closedOn = Today };

        var byViewer = await viewer.PutAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", body, ct);
        var clearByViewer = await viewer.DeleteAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", ct);
        var byCustomer = await customer.PutAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", body, ct);
        var readByViewer = await viewer.GetAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", ct);

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, (await byViewer.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, clearByViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readByViewer.StatusCode); // a viewer reads it: nothing recorded yet
    }

    [Theory]
    [InlineData("Maybe", "2025-01-01", "outcome", ErrorCodes.InvalidValue)]
    [InlineData("1", "2025-01-01", "outcome", ErrorCodes.InvalidValue)]
    [InlineData("Won", null, "closedOn", ErrorCodes.Required)]
    [InlineData("Won", "2999-01-01", "closedOn", ErrorCodes.OutOfRange)]
    public async Task Put_ShouldRefuseBadInput_WithTheErrorBody(string outcome, string? closedOn, string field, string code)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));

        var response = await owner.PutAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", new { outcome, closedOn }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", ct)).StatusCode);
    }

    [Fact]
    public async Task Gaps_ShouldFollowTheDirectory_WhenAnAssignedExpertsCapacityDropsAndTheDealEnds()
    {
        // Arrange: the demo room is loaded; Riley is assigned to it for 6 h/week.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var team = await RoomClient.ConnectAsync(server, DemoRoom.RoomId, ct);
        await team.JoinAsync(ct);
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        using var manager = server.CreateHttpClient(await server.TokenAsync(DemoUsers.Manager.Email, DemoUsers.Manager.Password, ct));
        using var admin = server.CreateHttpClient(await server.TokenAsync(DemoUsers.All[0].Email, DemoUsers.All[0].Password, ct));
        (await manager.PostAsJsonAsync($"/api/experts/requests/{DemoExperts.RequestId}/assign", new { userId = DemoUsers.SecondExpert.Id }, ct)).EnsureSuccessStatusCode();
        var session = server.GetService<RoomRegistry>().Loaded(DemoRoom.RoomId)!;
        Assert.DoesNotContain(session.Gaps.Open, g => g.RuleId == "E3");

        // Act 1: her capacity drops below the 6 hours the room holds.
        var areas = new[] { new { area = "Finance", proficiency = 3, knowledge = "CustomerIndustry" } };
        (await admin.PutAsJsonAsync($"/api/experts/directory/{DemoUsers.SecondExpert.Id}", new { capacityHours = 4, areas }, ct)).EnsureSuccessStatusCode();

        // Assert 1: the session's report has E3 at once, with no edit in the room.
        var gap = Assert.Single(session.Gaps.Open, g => g.RuleId == "E3");
        Assert.Equal("Riley Chen is over capacity (6 h/week allocated, capacity 4 h)", gap.Title);

        // Act 2: the deal ends; the room no longer holds her hours.
        (await owner.PutAsJsonAsync($"/api/rooms/{DemoRoom.RoomId}/outcome", new { outcome = "NoDecision", closedOn = Today }, ct)).EnsureSuccessStatusCode();

        // Assert 2
        Assert.DoesNotContain(session.Gaps.Open, g => g.RuleId == "E3");
    }
}
