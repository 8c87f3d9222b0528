using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.SignalR.Client;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web.Access;

/// <summary>A customer stays connected while the team edits everything: nothing outside the projection reaches them.</summary>
public sealed class CustomerLeakTests
{
    private static readonly HashSet<string> ForbiddenStakeholderFields =
    [
        "power", "influence", "stance", "decisionStyle", "responseMode", "informationPreference", "privateNotes", "buyingRole",
        "function", "championPrefersUs", "championMovesBudget", "championSellsForUs", "onboarded", "valueConfirmed",
        "email",
    ];

    private static readonly HashSet<string> AllowedTypes =
    [
        "addStakeholder", "updateStakeholder", "addVisionElement", "updateVisionElement", "addVisionLink", "updateVisionLink",
        "addEndorsement", "moveNode", "removeElement", "updateRoom",
        "startThread", "reply", "resolveThread", "reopenThread", "suggestChange", "acceptSuggestion", "declineSuggestion",
    ];

    /// <summary>Written into every internal comment: it must never appear in anything a customer receives.</summary>
    private const string InternalMarker = "INTERNAL-ONLY";

    [Fact]
    public async Task Customer_ShouldReceiveOnlyTheProjection_WhileTheTeamEditsBothMaps()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var team = await RoomClient.ConnectAsync(server, roomId, ct);
        await team.JoinAsync(ct);
        var (_, link) = await Customers.InviteAsync(server, roomId, ct, rights: "View");
        await using var customer = await RoomClient.ConnectAsync(server.HubUrl, roomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);

        // Act: a long random stream of every kind of operation, visibility toggles and private notes included.
        var generator = new RandomOperations(seed: 42, prefix: "leak");
        for (var i = 0; i < 800; i++)
        {
            await team.SubmitAsync(generator.Next(team.State!), ct);
            if (i % 31 == 0)
            {
                // The team's undo and redo: their operations are projected like any other, the steps never reach a customer.
                await team.SubmitAsync(i % 62 == 0 ? new Redo() : new Undo(), ct);
            }

            if (i % 13 == 0)
            {
                await CommentAsync(team, i, ct);
            }

            if (i % 97 == 0)
            {
                await team.SubmitRawAsync(JsonDocument.Parse("""{ "type": "updateRoom", "fields": { "alternatives": "Competitor X", "customerName": "Northwind" } }""").RootElement, ct);
            }
        }

        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var expected = CustomerProjection.Project(session.State);
        await Eventually.TrueAsync(() => SnapshotJson.ToJson(customer.State!) == SnapshotJson.ToJson(expected with { Version = customer.Version }),
            "the customer's replica never matched the projection");

        // Assert: every message is within the projection.
        Assert.NotEmpty(customer.Messages);
        Assert.Contains(customer.Messages, m => m.Method == "OperationApplied" && m.Message.GetProperty("operation").GetProperty("type").GetString() == "startThread");
        foreach (var (method, message) in customer.Messages)
        {
            Assert.DoesNotContain(InternalMarker, message.GetRawText(), StringComparison.Ordinal);
            if (method == "OperationApplied")
            {
                Assert.False(message.TryGetProperty("gaps", out var gaps) && gaps.ValueKind != JsonValueKind.Null, "gaps reached a customer");
                var op = message.GetProperty("operation");
                Assert.Contains(op.GetProperty("type").GetString()!, AllowedTypes);
                if (op.TryGetProperty("fields", out var fields))
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        Assert.DoesNotContain(field.Name, ForbiddenStakeholderFields);
                        Assert.NotEqual("alternatives", field.Name);
                    }
                }
            }
            else if (method == "BroughtHere")
            {
                Assert.Equal("vision", message.GetProperty("viewport").GetProperty("map").GetString());
            }
            else if (method != "PresenceChanged") // presence has its own projection tests (HubPresenceTests, below)
            {
                Assert.Equal("RoomReset", method);
                AssertProjected(message.GetProperty("snapshot"));
            }
        }

        Assert.Contains(customer.Messages, m => m.Method == "RoomReset");
        Assert.Equal(SnapshotJson.ToJson(expected), SnapshotJson.ToJson(customer.State! with { Version = expected.Version }));
    }

    [Fact]
    public async Task CustomerPresence_ShouldNeverShowOrBringThemToTheStakeholderMap_ButLetThemFollowOnTheVisionMap()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var host = await RoomClient.ConnectAsync(server, roomId, ct);
        await host.JoinAsync(ct);
        var (_, link) = await Customers.InviteAsync(server, roomId, ct);
        await using var customer = await RoomClient.ConnectAsync(
            server.HubUrl, roomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);

        // Act 1: the host looks at the stakeholder map and brings everyone there; the customer tries the stakeholder map too.
        await host.Connection.InvokeAsync("SetViewport", new { roomId, map = "stakeholders", x = 11, y = 22, zoom = 1.5 }, ct);
        var fromStakeholders = await host.Connection.InvokeAsync<JsonElement>("BringEveryone", new { roomId }, ct);
        await customer.Connection.InvokeAsync("SetViewport", new { roomId, map = "stakeholders", x = 5, y = 5, zoom = 1 }, ct);

        // Assert 1: the team sees the host there, the customer sees the host nowhere and was not brought.
        Assert.True(fromStakeholders.GetProperty("ok").GetBoolean(), fromStakeholders.ToString());
        await Eventually.TrueAsync(() => host.LastViewports?.Contains("=stakeholders@11,22*1.5") == true, "the team never saw the viewport");
        await Eventually.TrueAsync(() => customer.LastViewports?.Contains($"{DemoUsers.Owner.DisplayName}=none") == true, "the customer's list never came");
        Assert.DoesNotContain("stakeholders", customer.LastViewports);
        Assert.DoesNotContain(customer.Messages, m => m.Method == "BroughtHere");
        Assert.DoesNotContain(customer.Messages, m => m.Message.GetRawText().Contains("stakeholders", StringComparison.Ordinal));
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        Assert.Null(session.Presence.Participants.Single(p => p.Kind == ParticipantKind.Customer).Viewport);

        // Act 2: the host switches to the vision map and brings everyone again.
        await host.Connection.InvokeAsync("SetViewport", new { roomId, map = "vision", x = 300, y = 40, zoom = 0.9 }, ct);
        await host.Connection.InvokeAsync<JsonElement>("BringEveryone", new { roomId }, ct);

        // Assert 2: now the customer sees where the host looks (to follow) and is brought there.
        await Eventually.TrueAsync(() => customer.LastViewports?.Contains($"{DemoUsers.Owner.DisplayName}=vision@300,40*0.9") == true, "the customer cannot follow on the vision map");
        await Eventually.TrueAsync(() => customer.Messages.Any(m => m.Method == "BroughtHere"), "the customer was not brought to the vision map");
        Assert.Equal("vision", customer.Messages.Single(m => m.Method == "BroughtHere").Message.GetProperty("viewport").GetProperty("map").GetString());
    }

    [Fact]
    public async Task CustomerUndo_ShouldNotNameWhatTheCustomerCannotSee_WhenADeleteTookAHiddenStakeholdersStakeWithIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var team = await RoomClient.ConnectAsync(server, roomId, ct);
        await team.JoinAsync(ct);
        await team.SubmitAsync(new AddStakeholder("sh-hidden", 0, 0, RoomBuilder.Fields(("name", "Hidden Hanna"))), ct);
        await team.SubmitAsync(new AddVisionElement("ve-1", VisionElementType.FutureState, 0, 0, RoomBuilder.Fields(("title", "One CRM"))), ct);
        await team.SubmitAsync(new AddEndorsement("en-hidden", "sh-hidden", "ve-1", EndorsementKind.Endorses), ct);
        var (_, link) = await Customers.InviteAsync(server, roomId, ct);
        await using var customer = await RoomClient.ConnectAsync(server.HubUrl, roomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);
        await customer.SubmitAsync(new RemoveElement("ve-1"), ct);

        // Act: the customer undoes their delete; the hidden stakeholder's endorsement is not theirs to bring back.
        var undo = await customer.SubmitAsync(new Undo(), ct);
        await team.WaitForVersionAsync(undo.GetProperty("version").GetInt64(), TimeSpan.FromSeconds(10), ct);

        // Assert: the element is back, and the answer says nothing of what the customer cannot see.
        Assert.True(undo.GetProperty("ok").GetBoolean(), undo.ToString());
        Assert.Equal(JsonValueKind.Null, undo.GetProperty("skipped").ValueKind);
        Assert.DoesNotContain("hidden", undo.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("One CRM", team.State!.VisionElements["ve-1"].Title);
        Assert.Null(team.State!.KindOf("en-hidden"));
        Assert.DoesNotContain(customer.Messages, m => m.Message.ToString().Contains("hidden", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CustomerSignals_ShouldBeOnlyAboutTheVisionMap_NeverAPointerOnTheStakeholderMapOrAnInternalCard()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var team = await RoomClient.ConnectAsync(server, roomId, ct);
        await team.JoinAsync(ct);
        await team.SubmitAsync(new AddStakeholder("sh-hidden", 0, 0, RoomBuilder.Fields(("name", "Hidden Hanna"))), ct);
        await team.SubmitAsync(new AddStakeholder("sh-shown", 300, 0, RoomBuilder.Fields(("name", "Shown Sven"), ("visibleToCustomer", "true"))), ct);
        await team.SubmitAsync(new AddTeamMember("tm-internal", 0, 200, RoomBuilder.Fields(("name", "Internal Ingrid"))), ct);
        await team.SubmitAsync(new AddVisionElement("ve-1", VisionElementType.FutureState, 0, 0, RoomBuilder.Fields(("title", "One CRM"))), ct);
        var (_, link) = await Customers.InviteAsync(server, roomId, ct);
        await using var customer = await RoomClient.ConnectAsync(server.HubUrl, roomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);

        // A second team member hears everything: each signal is sent once the one before it arrived there, so none is
        // coalesced by the throttle and every one of them is judged for the customer.
        await using var watcher = await RoomClient.ConnectAsync(server, roomId, ct);
        await watcher.JoinAsync(ct);
        var sent = 0;
        async Task SendAsync(string method, object request, int signals = 1)
        {
            Assert.True((await Signal(team, method, request)).GetProperty("ok").GetBoolean());
            sent += signals;
            await Eventually.TrueAsync(() => watcher.Messages.Count(m => m.Method == "Signal") >= sent, $"signal {sent} never reached the team");
        }

        // Act: the team drags cards on both maps and points at both; the last signal is a vision drag's end.
        foreach (var id in new[] { "sh-hidden", "sh-shown", "tm-internal", "ve-1" })
        {
            await SendAsync("Drag", new { roomId, elementId = id, x = 10, y = 10 });
        }

        await SendAsync("MoveCursor", new { roomId, map = "stakeholders", x = 5, y = 210 });
        // Off one map and onto the other: the pointer leaves the first (two signals).
        await SendAsync("MoveCursor", new { roomId, map = "vision", x = 7, y = 7 }, signals: 2);
        await SendAsync("MoveCursor", new { roomId, map = "stakeholders", x = 5, y = 5 }, signals: 2);
        await SendAsync("EndDrag", new { roomId, elementId = "ve-1" });
        await Eventually.TrueAsync(
            () => customer.Messages.Any(m => m.Method == "Signal" && m.Message.GetProperty("kind").GetString() == "dragEnd"),
            "the customer never got the vision drag's end");

        // Assert: only vision-map signals reached the customer: the drag of the vision card, the pointer on the vision
        // map and its leaving for the stakeholder map (with no position), and nothing that names an internal card.
        var signals = customer.Messages.Where(m => m.Method == "Signal").Select(m => m.Message).ToList();
        Assert.All(signals, s => Assert.Equal("vision", s.GetProperty("map").GetString()));
        Assert.All(signals, s => Assert.True(s.GetProperty("elementId").ValueKind == JsonValueKind.Null || s.GetProperty("elementId").GetString() == "ve-1"));
        Assert.Equal(["drag", "cursor", "cursorGone", "dragEnd"], signals.Select(s => s.GetProperty("kind").GetString()));
        Assert.DoesNotContain(customer.Messages, m => m.Message.GetRawText().Contains("sh-", StringComparison.Ordinal));
        Assert.DoesNotContain(customer.Messages, m => m.Message.GetRawText().Contains("tm-internal", StringComparison.Ordinal));

        // The customer cannot signal about what they cannot see, nor point at a map they do not have.
        Assert.Equal(ErrorCodes.NotFound, Code(await Signal(customer, "Drag", new { roomId, elementId = "sh-hidden", x = 1, y = 1 })));
        Assert.Equal(ErrorCodes.NotFound, Code(await Signal(customer, "Drag", new { roomId, elementId = "tm-internal", x = 1, y = 1 })));
        Assert.Equal(ErrorCodes.Forbidden, Code(await Signal(customer, "MoveCursor", new { roomId, map = "stakeholders", x = 1, y = 1 })));
        Assert.True((await Signal(customer, "Drag", new { roomId, elementId = "ve-1", x = 3, y = 3 })).GetProperty("ok").GetBoolean());
        await Eventually.TrueAsync(() => team.Messages.Any(m => m.Method == "Signal"), "the team never saw the customer's drag");
    }

    private static Task<JsonElement> Signal(RoomClient client, string method, object request) =>
        client.Connection.InvokeAsync<JsonElement>(method, request, TestContext.Current.CancellationToken);

    private static string? Code(JsonElement answer) => answer.GetProperty("error").GetProperty("code").GetString();

    /// <summary>
    /// Comments woven into the stream: an internal and a shared thread on a vision element or a stakeholder, replies,
    /// resolve and reopen on both kinds (the ones a stakeholder's visibility or a removal makes moot are refused).
    /// </summary>
    [Fact]
    public async Task Customer_ShouldReceiveNothingOfTheAccount_WhenTheTeamEditsTheProfileOfTheirRoomsAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var team = await RoomClient.ConnectAsync(server, DemoRoom.RoomId, ct);
        await team.JoinAsync(ct);
        var (_, link) = await Customers.InviteAsync(server, DemoRoom.RoomId, ct, rights: "View");
        await using var customer = await RoomClient.ConnectAsync(server.HubUrl, DemoRoom.RoomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));

        // Act: profile edits of the room's account (new, corrected, removed), then one room edit the customer does see.
        using var added = await owner.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/items", new { kind = "Challenge", text = InternalMarker + " cash" }, ct);
        var itemId = (await added.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("itemId").GetString();
        using var corrected = await owner.PostAsJsonAsync($"/api/accounts/{DemoRoom.AccountId}/items", new { itemId, kind = "Challenge", text = InternalMarker + " margins" }, ct);
        using var removed = await owner.DeleteAsync($"/api/accounts/{DemoRoom.AccountId}/items/{itemId}", ct);
        await team.SubmitAsync(new UpdateRoom(new Dictionary<string, string?> { ["customerName"] = "Northwind Logistics AB" }), ct);
        await Eventually.TrueAsync(() => customer.Messages.Any(m => m.Method == "OperationApplied"), "the customer never saw the room edit");

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, removed.StatusCode);
        Assert.All(customer.Messages, m =>
        {
            Assert.DoesNotContain(InternalMarker, m.Message.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("AccountItem", m.Message.GetRawText(), StringComparison.Ordinal);
        });
        Assert.Empty(customer.State!.AccountItems);
    }

    private static async Task CommentAsync(RoomClient team, int i, CancellationToken ct)
    {
        var state = team.State!;
        var anchors = state.VisionElements.Keys.Concat(state.Stakeholders.Keys).Order(StringComparer.Ordinal).ToList();
        if (anchors.Count > 0)
        {
            var anchor = anchors[i % anchors.Count];
            await team.SubmitAsync(new StartThread($"th-int-{i}", anchor, ThreadVisibility.Internal, $"{InternalMarker} doubt {i}", []), ct);
            await team.SubmitAsync(new StartThread($"th-sh-{i}", anchor, ThreadVisibility.Shared, $"Question {i}", []), ct);
        }

        foreach (var thread in team.State!.Threads.Values.Take(6))
        {
            var text = thread.IsShared ? $"Answer {i}" : $"{InternalMarker} reply {i}";
            await team.SubmitAsync(new ReplyToThread($"c-{i}-{thread.Id}", thread.Id, text, []), ct);
            await team.SubmitAsync(thread.Resolved ? new ReopenThread(thread.Id) : new ResolveThread(thread.Id), ct);
        }
    }

    private static void AssertProjected(JsonElement snapshot)
    {
        Assert.All(snapshot.GetProperty("threads").EnumerateArray(), t => Assert.Equal("Shared", t.GetProperty("visibility").GetString()));
        Assert.Empty(snapshot.GetProperty("relationships").EnumerateArray());
        Assert.Empty(snapshot.GetProperty("coverages").EnumerateArray());
        Assert.Empty(snapshot.GetProperty("teamMembers").EnumerateArray());
        Assert.Empty(snapshot.GetProperty("acknowledgements").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, snapshot.GetProperty("profile").GetProperty("alternatives").ValueKind);
        foreach (var stakeholder in snapshot.GetProperty("stakeholders").EnumerateArray())
        {
            var fields = stakeholder.GetProperty("fields");
            Assert.True(fields.GetProperty("visibleToCustomer").GetBoolean());
            Assert.Equal(JsonValueKind.Null, fields.GetProperty("privateNotes").ValueKind);
            Assert.Equal(JsonValueKind.Null, fields.GetProperty("email").ValueKind);
            Assert.Equal("Unknown", fields.GetProperty("stance").GetString());
            Assert.Equal(JsonValueKind.Null, fields.GetProperty("power").ValueKind);
            Assert.Equal(JsonValueKind.Null, fields.GetProperty("phaseJoined").ValueKind);
        }
    }
}
