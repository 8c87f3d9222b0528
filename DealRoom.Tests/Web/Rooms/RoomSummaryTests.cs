using System.Security.Claims;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using static DealRoom.Tests.Web.ComponentRooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Web.Rooms;

/// <summary>
/// Room summaries for the rooms page: stored by the nodes that have a room open, read instead of loading every room,
/// and counted in the customer projection for a customer.
/// </summary>
public sealed class RoomSummaryTests
{
    private static readonly Dictionary<string, string?> FastSummaries = new() { ["Rooms:SummaryInterval"] = "00:00:00.050" };

    [Fact]
    public async Task Summary_ShouldBeStored_WithTheRoomsCountsAndOpenGaps_AfterEdits()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: FastSummaries);
        var roomId = await TestRooms.CreateAsync(server, ct, "Summary room");
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);

        // Act: a blocker nobody covers (an open gap), a team member, a vision element.
        await client.SubmitAsync(new AddStakeholder("sh-tom", 0, 0, Fields(("name", "Tom Becker"), ("influence", "4"), ("stance", "Blocker"))), ct);
        await client.SubmitAsync(new AddTeamMember("tm-sam", 0, 0, Fields(("name", "Sam"))), ct);
        await client.SubmitAsync(new UpdateRoom(Fields(("customerName", "Northwind"))), ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;

        // Assert
        RoomSummary? stored = null;
        await Eventually.TrueAsync(async () =>
        {
            stored = (await server.GetService<RoomSummaryStore>().GetAsync([roomId], ct)).GetValueOrDefault(roomId);
            return stored?.Version == session.State.Version;
        }, "the room's summary was never stored at its version");
        Assert.Equal(("Summary room", "Northwind", 1, 1, 0), (stored!.Name, stored.CustomerName, stored.Stakeholders, stored.TeamMembers, stored.VisionElements));
        Assert.True(session.Gaps.OpenCounts.Values.Sum(c => c.Total) > 0);
        Assert.Equal(session.Gaps.OpenCounts.OrderBy(c => c.Key), stored.OpenGaps!.OrderBy(c => c.Key));
    }

    [Fact]
    public async Task RoomList_ShouldReadStoredSummaries_AndLoadOnlyARoomNeverSummarized()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = Path.Combine(Path.GetTempPath(), $"dealroom-summaries-{Guid.NewGuid():N}.db");
        try
        {
            // Arrange: three rooms open on a first run, one edited; the node writes their summaries when it stops.
            string[] rooms;
            await using (var first = new DealRoomServer(database, FastSummaries))
            {
                rooms = [await TestRooms.CreateAsync(first, ct, "Alpha"), await TestRooms.CreateAsync(first, ct, "Beta"), await TestRooms.CreateAsync(first, ct, "Gamma")];
                foreach (var roomId in rooms)
                {
                    await first.GetService<RoomRegistry>().GetAsync(roomId, ct);
                }

                await using var client = await RoomClient.ConnectAsync(first, rooms[1], ct);
                await client.JoinAsync(ct);
                await client.SubmitAsync(new AddStakeholder("sh-ana", 0, 0, Fields(("name", "Ana"))), ct);
            }

            // Act: the owner lists their rooms on a fresh node.
            await using var second = new DealRoomServer(database, FastSummaries);
            await using var scope = second.Services.CreateAsyncScope();
            var listed = await scope.ServiceProvider.GetRequiredService<RoomList>().ForAsync(await OwnerAsync(scope), ct);

            // Assert: the three rooms came from their summaries and stay unloaded; the demo room had none and was loaded.
            var registry = second.GetService<RoomRegistry>();
            Assert.Equal(["Alpha", "Beta", "Gamma"], listed.Where(s => rooms.Contains(s.RoomId)).Select(s => s.Name));
            Assert.Equal(1, listed.Single(s => s.RoomId == rooms[1]).Stakeholders);
            Assert.All(rooms, roomId => Assert.Null(registry.Loaded(roomId)));
            var demo = registry.Loaded(DemoRoom.RoomId);
            Assert.NotNull(demo);
            Assert.Equal(demo.State.Stakeholders.Count, listed.Single(s => s.RoomId == DemoRoom.RoomId).Stakeholders);
        }
        finally
        {
            DealRoomServer.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task Customer_ShouldSeeCountsOfTheirProjection_WithoutTheTeamOrGaps()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: FastSummaries);
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var team = await RoomClient.ConnectAsync(server, roomId, ct);
        await team.JoinAsync(ct);
        await team.SubmitAsync(new AddStakeholder("sh-seen", 0, 0, Fields(("name", "Carla"), ("visibleToCustomer", "true"))), ct);
        await team.SubmitAsync(new AddStakeholder("sh-hidden", 0, 0, Fields(("name", "Tom"), ("stance", "Blocker"))), ct);
        await team.SubmitAsync(new AddTeamMember("tm-sam", 0, 0, Fields(("name", "Sam"))), ct);
        var (invitationId, _) = await Customers.InviteAsync(server, roomId, ct, rights: "View");
        await using var scope = server.Services.CreateAsyncScope();

        var listed = await scope.ServiceProvider.GetRequiredService<RoomList>()
            .ForAsync(AccessClaims.Customer(invitationId, roomId, "Carla", "test"), ct);

        var summary = Assert.Single(listed);
        Assert.Equal((roomId, 1, 0, (object?)null), (summary.RoomId, summary.Stakeholders, summary.TeamMembers, (object?)summary.OpenGaps));
    }

    private static async Task<ClaimsPrincipal> OwnerAsync(AsyncServiceScope scope)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TeamUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TeamUser>>();
        return await principals.CreateAsync((await users.FindByEmailAsync(DemoUsers.Owner.Email))!);
    }
}
