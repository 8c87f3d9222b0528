using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
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
            else if (method != "PresenceChanged") // presence has its own projection test (HubPresenceTests)
            {
                Assert.Equal("RoomReset", method);
                AssertProjected(message.GetProperty("snapshot"));
            }
        }

        Assert.Contains(customer.Messages, m => m.Method == "RoomReset");
        Assert.Equal(SnapshotJson.ToJson(expected), SnapshotJson.ToJson(customer.State! with { Version = expected.Version }));
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
