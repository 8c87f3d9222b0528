using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Web.ComponentRooms;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>
/// PresenceChanged to hub clients: the last list a client gets is the room's list, whatever order changes raced in,
/// and a customer's list shows only selections of what the customer may see.
/// </summary>
public sealed class HubPresenceTests
{
    [Fact]
    public async Task LastPresenceMessage_ShouldBeTheRoomsList_WhenChangesRaceOnManyThreads()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        const int Circuits = 8;
        for (var i = 0; i < Circuits; i++)
        {
            session.Presence.Join($"circuit-{i}", $"user-{i}", $"User {i}", ParticipantKind.Team);
        }

        // Act: eight threads change selections at once.
        await Task.WhenAll(Enumerable.Range(0, Circuits).Select(i => Task.Run(() =>
        {
            for (var k = 0; k < 200; k++)
            {
                session.Presence.Select($"circuit-{i}", [$"sh-{i}-{k}"]);
            }
        }, ct)));

        // Assert: the client ends with the room's list, not an older one that overtook it.
        var expected = Describe(session.Presence.Participants);
        Assert.Contains("User 7=sh-7-199", expected);
        await Eventually.TrueAsync(() => client.LastPresence == expected, "the client's last presence list is not the room's");
    }

    [Fact]
    public async Task Customer_ShouldSeeOnlySelectionsOfWhatTheyMaySee_WhileTheTeamSeesThemAll()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var team = await RoomClient.ConnectAsync(server, roomId, ct);
        await team.JoinAsync(ct);
        await team.SubmitAsync(new AddTeamMember("tm-sam", 0, 0, Fields(("name", "Sam"))), ct);
        await team.SubmitAsync(new AddVisionElement("ve-goal", VisionElementType.DesiredResult, 0, 0, Fields(("title", "Faster close"))), ct);
        var (_, link) = await Customers.InviteAsync(server, roomId, ct, rights: "View");
        await using var customer = await RoomClient.ConnectAsync(
            server.HubUrl, roomId, await Customers.TokenAsync(server, link, ct), ct, sparse: true);
        await customer.JoinAsync(ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;

        // Act: a team member selects a team card (never shown to customers) and a vision card.
        session.Presence.Join("circuit-nina", "user-nina", "Nina", ParticipantKind.Team);
        session.Presence.Select("circuit-nina", ["tm-sam", "ve-goal"]);

        // Assert
        await Eventually.TrueAsync(() => team.LastPresence?.Contains("Nina=tm-sam,ve-goal") == true, "the team never saw Nina's selection");
        await Eventually.TrueAsync(() => customer.LastPresence?.Contains("Nina=") == true && customer.LastPresence.Contains("Carla="),
            "the customer never heard of Nina");
        Assert.Contains("Nina=ve-goal", customer.LastPresence);
        Assert.DoesNotContain("tm-sam", customer.LastPresence);
    }

    private static string Describe(IEnumerable<Participant> participants) =>
        string.Join(";", participants.Select(p => $"{p.Name}={string.Join(",", p.Selection)}"));
}
