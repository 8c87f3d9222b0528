using System.Text.Json;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

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
    ];

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
        foreach (var (method, message) in customer.Messages)
        {
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

    private static void AssertProjected(JsonElement snapshot)
    {
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
