using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace DealRoom.Tests.Web.Comments;

/// <summary>Comments through the real hub: live for everyone, internal threads never on any path to a customer.</summary>
public sealed class CommentHubTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Secret = "SECRET-internal";

    private DealRoomServer Server => fixture.Server;

    [Fact]
    public async Task Customer_ShouldNeverReceiveAnInternalThread_OnJoinBroadcastGetChangesOrSnapshot()
    {
        var ct = TestContext.Current.CancellationToken;
        var (roomId, team) = await RoomWithElementsAsync(ct);
        await using var _ = team;
        await team.SubmitAsync(new StartThread("th-int-1", "ve-1", ThreadVisibility.Internal, Secret + " before join", []), ct);
        await team.SubmitAsync(new StartThread("th-gap", "C3", ThreadVisibility.Internal, Secret + " on a gap", []), ct);
        await team.SubmitAsync(new StartThread("th-shared", "ve-1", ThreadVisibility.Shared, "Is this your word for it?", []), ct);
        var (_, link) = await Customers.InviteAsync(Server, roomId, ct, rights: "View");
        var customerToken = await Customers.TokenAsync(Server, link, ct);
        await using var customer = await RoomClient.ConnectAsync(Server.HubUrl, roomId, customerToken, ct, sparse: true);

        // Join: only the shared thread.
        var join = await customer.JoinAsync(ct);
        Assert.DoesNotContain(Secret, join.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["th-shared"], customer.State!.Threads.Keys);

        // Broadcast: the team talks on both kinds of thread.
        await team.SubmitAsync(new ReplyToThread("c-int", "th-int-1", Secret + " reply", []), ct);
        await team.SubmitAsync(new ResolveThread("th-int-1"), ct);
        await team.SubmitAsync(new StartThread("th-int-2", "ve-1", ThreadVisibility.Internal, Secret + " after join", []), ct);
        var last = await team.SubmitAsync(new ReplyToThread("c-shared", "th-shared", "Tell us more", []), ct);
        await Eventually.TrueAsync(() => customer.State!.Threads["th-shared"].Comments.Count == 2, "the shared reply never reached the customer");

        // GetChanges and the REST snapshot.
        var changes = await customer.Connection.InvokeAsync<JsonElement>("GetChanges", new { roomId, sinceVersion = 0 }, ct);
        using var http = Server.CreateHttpClient(customerToken);
        var snapshot = await http.GetStringAsync($"/api/rooms/{roomId}/snapshot", ct);
        var pastSnapshot = await http.GetStringAsync($"/api/rooms/{roomId}/snapshot?version={last.GetProperty("version").GetInt64() - 1}", ct);

        Assert.All(customer.Messages, m => Assert.DoesNotContain(Secret, m.Message.GetRawText(), StringComparison.Ordinal));
        Assert.DoesNotContain(customer.Messages, m => m.Message.GetRawText().Contains("th-int", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, changes.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, pastSnapshot, StringComparison.Ordinal);
        Assert.Contains("Tell us more", snapshot, StringComparison.Ordinal);
        Assert.Equal(["th-shared"], customer.State!.Threads.Keys);
    }

    [Fact]
    public async Task Customer_ShouldStartAndAnswerASharedThread_ButNeitherAnInternalOneNorAMention()
    {
        var ct = TestContext.Current.CancellationToken;
        var (roomId, team) = await RoomWithElementsAsync(ct);
        await using var _ = team;
        await team.SubmitAsync(new StartThread("th-int", "ve-1", ThreadVisibility.Internal, Secret, []), ct);
        var (_, link) = await Customers.InviteAsync(Server, roomId, ct);
        await using var customer = await RoomClient.ConnectAsync(Server.HubUrl, roomId, await Customers.TokenAsync(Server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);

        var started = await customer.SubmitAsync(new StartThread("th-c", "ve-1", ThreadVisibility.Shared, "Why this concept?", []), ct);
        await team.WaitForVersionAsync(started.GetProperty("version").GetInt64(), TimeSpan.FromSeconds(10), ct);
        await team.SubmitAsync(new ReplyToThread("c-team", "th-c", "Because of the audit", []), ct);
        var answered = await customer.SubmitAsync(new ReplyToThread("c-cust", "th-c", "Makes sense", []), ct);
        var internalStart = await customer.SubmitAsync(new StartThread("th-c2", "ve-1", ThreadVisibility.Internal, "Hi", []), ct);
        var internalReply = await customer.SubmitAsync(new ReplyToThread("c-x", "th-int", "Hi", []), ct);
        var onHidden = await customer.SubmitAsync(new StartThread("th-c3", "sh-hidden", ThreadVisibility.Shared, "Hi", []), ct);
        var mention = await customer.SubmitAsync(new ReplyToThread("c-y", "th-c", "Hi", ["user-x"]), ct);

        Assert.True(answered.GetProperty("ok").GetBoolean());
        await team.WaitForVersionAsync(answered.GetProperty("version").GetInt64(), TimeSpan.FromSeconds(10), ct);
        var thread = team.State!.Threads["th-c"];
        Assert.Equal(["Why this concept?", "Because of the audit", "Makes sense"], thread.Comments.Select(c => c.Text));
        Assert.Equal("Carla", thread.Comments[0].AuthorName);
        Assert.All([internalStart, internalReply, onHidden, mention], r => Assert.Equal(ErrorCodes.Forbidden, r.GetProperty("error").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Suggestion_ShouldBecomeAnOrdinaryOperationByTheTeam_WhenAccepted()
    {
        var ct = TestContext.Current.CancellationToken;
        var (roomId, team) = await RoomWithElementsAsync(ct);
        await using var _ = team;
        var (_, link) = await Customers.InviteAsync(Server, roomId, ct);
        await using var customer = await RoomClient.ConnectAsync(Server.HubUrl, roomId, await Customers.TokenAsync(Server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);
        var change = new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "One platform")));

        var suggested = await customer.SubmitAsync(new SuggestChange("sg-1", "We call it one platform", change), ct);
        await team.WaitForVersionAsync(suggested.GetProperty("version").GetInt64(), TimeSpan.FromSeconds(10), ct);
        var applied = await team.SubmitAsync(team.State!.Threads["sg-1"].Suggestion!.Change, ct);
        var accepted = await team.SubmitAsync(new AcceptSuggestion("sg-1"), ct);
        var customerAccepts = await customer.SubmitAsync(new AcceptSuggestion("sg-1"), ct);

        Assert.True(applied.GetProperty("ok").GetBoolean());
        Assert.True(accepted.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Forbidden, customerAccepts.GetProperty("error").GetProperty("code").GetString());
        await Eventually.TrueAsync(() => customer.State!.Threads["sg-1"].Suggestion!.Status == SuggestionStatus.Accepted,
            "the customer never saw the suggestion accepted");
        Assert.Equal("One platform", customer.State!.VisionElements["ve-1"].Title);
        var session = (await Server.GetService<DealRoom.Web.Collaboration.RoomRegistry>().GetAsync(roomId, ct))!;
        var log = await session.GetChangesSinceAsync(applied.GetProperty("version").GetInt64() - 1, ct);
        var committed = log.Operations!.First();
        Assert.IsType<UpdateVisionElement>(committed.Operation);
        Assert.NotEqual("Carla", committed.AuthorName);
    }

    [Fact]
    public async Task ViewOnlyCustomer_ShouldTakePartInConversations_ButNeitherEditNorDecide()
    {
        var ct = TestContext.Current.CancellationToken;
        var (roomId, team) = await RoomWithElementsAsync(ct);
        await using var _ = team;
        var (_, link) = await Customers.InviteAsync(Server, roomId, ct, rights: "View");
        await using var customer = await RoomClient.ConnectAsync(Server.HubUrl, roomId, await Customers.TokenAsync(Server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);

        var started = await customer.SubmitAsync(new StartThread("th-v", "ve-1", ThreadVisibility.Shared, "A question", []), ct);
        var suggested = await customer.SubmitAsync(new SuggestChange("sg-v", "Rename it", new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "X")))), ct);
        var edited = await customer.SubmitAsync(new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "X"))), ct);
        var declined = await customer.SubmitAsync(new DeclineSuggestion("sg-v", null), ct);

        Assert.True(started.GetProperty("ok").GetBoolean());
        Assert.True(suggested.GetProperty("ok").GetBoolean());
        Assert.Equal(ErrorCodes.Forbidden, edited.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.Forbidden, declined.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Mention_ShouldBeRefused_WhenTheUserIsNotAMemberOfTheRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        var (roomId, team) = await RoomWithElementsAsync(ct);
        await using var _ = team;
        var owner = (await Server.GetService<DealRoom.Web.Features.Comments.CommentMembers>().ListAsync(roomId, ct)).Single();

        var stranger = await team.SubmitAsync(new StartThread("th-1", "ve-1", ThreadVisibility.Internal, "@Nobody look", ["user-nobody"]), ct);
        var member = await team.SubmitAsync(new StartThread("th-2", "ve-1", ThreadVisibility.Internal, $"@{owner.Name} look", [owner.UserId]), ct);

        Assert.Equal(ErrorCodes.InvalidValue, stranger.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("mentions", stranger.GetProperty("error").GetProperty("field").GetString());
        Assert.True(member.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Unread_ShouldCountOthersCommentsAndMentionsUntilRead_AndNeverInternalOnesForACustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        var (roomId, team) = await RoomWithElementsAsync(ct);
        await using var _ = team;
        var (_, link) = await Customers.InviteAsync(Server, roomId, ct);
        var customerToken = await Customers.TokenAsync(Server, link, ct);
        await using var customer = await RoomClient.ConnectAsync(Server.HubUrl, roomId, customerToken, ct, sparse: true);
        await customer.JoinAsync(ct);
        await team.SubmitAsync(new StartThread("th-int", "ve-1", ThreadVisibility.Internal, Secret, []), ct);
        await team.SubmitAsync(new StartThread("th-sh", "ve-1", ThreadVisibility.Shared, "Question for you", []), ct);
        await team.SubmitAsync(new ReplyToThread("c-2", "th-sh", "And another", []), ct);
        using var http = Server.CreateHttpClient(customerToken);

        var before = await http.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/comments/unread", ct);
        using var read = await http.PostAsJsonAsync($"/api/rooms/{roomId}/comments/th-sh/read", new { count = 1 }, ct);
        var after = await http.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/comments/unread", ct);
        using var secret = await http.PostAsJsonAsync($"/api/rooms/{roomId}/comments/th-int/read", new { }, ct);

        Assert.Equal(2, before.GetProperty("unread").GetInt32());
        Assert.DoesNotContain("th-int", before.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(1, after.GetProperty("unread").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, secret.StatusCode);
    }

    private async Task<(string RoomId, RoomClient Team)> RoomWithElementsAsync(CancellationToken ct)
    {
        var roomId = await TestRooms.CreateAsync(Server, ct);
        var team = await RoomClient.ConnectAsync(Server, roomId, ct);
        await team.JoinAsync(ct);
        await team.SubmitAsync(new AddVisionElement("ve-1", VisionElementType.Concept, 0, 0, RoomBuilder.Fields(("title", "One CRM"))), ct);
        await team.SubmitAsync(new AddStakeholder("sh-seen", 0, 0, RoomBuilder.Fields(("name", "Erik"), ("visibleToCustomer", "true"))), ct);
        await team.SubmitAsync(new AddStakeholder("sh-hidden", 0, 0, RoomBuilder.Fields(("name", "Olga"))), ct);
        return (roomId, team);
    }
}
