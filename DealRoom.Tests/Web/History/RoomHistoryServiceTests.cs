using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.History;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Web.History;

/// <summary>The history a circuit reads from the stores: the feed as the viewer may see it, and the last visit.</summary>
public sealed class RoomHistoryServiceTests
{
    private static readonly RoomAccess Team = new(true, true, ParticipantKind.Team, "user-alex", "Alex Carter");

    private static readonly RoomAccess Customer = new(true, true, ParticipantKind.Customer, "invitation:inv-1", "Erik")
    {
        InvitationId = "inv-1",
    };

    [Fact]
    public async Task ActivityAsync_ShouldHoldNothingInternal_WhenTheViewerIsACustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        using (var alex = session.Join(Team.ToGrant(), "conn-alex"))
        {
            await alex.SubmitAsync("op-1", new UpdateStakeholder("sh-erik", Fields(("stance", "Blocker"), ("privateNotes", "Secretly shopping around"))), ct);
            await alex.SubmitAsync("op-2", new UpdateStakeholder("sh-erik", Fields(("title", "Group CFO"))), ct);
            await alex.SubmitAsync("op-3", new MarkIteration("it-internal", "Internal pipeline review"), ct);
        }

        var history = server.GetService<RoomHistoryService>();

        var team = await history.ActivityAsync(Team, session.State, ct);
        var customer = await history.ActivityAsync(Customer, session.State, ct);

        var teamWords = string.Join("\n", team.Select(i => $"{i.Subject} {i.Text}"));
        var customerWords = string.Join("\n", customer.Select(i => $"{i.Subject} {i.Text}"));
        Assert.Contains("stance Skeptic → Blocker", teamWords, StringComparison.Ordinal);
        Assert.Contains("Tom Becker", teamWords, StringComparison.Ordinal);
        Assert.Contains("title Chief Financial Officer → Group CFO", customerWords, StringComparison.Ordinal);
        foreach (var secret in new[] { "Blocker", "Skeptic", "Private notes", "Secretly", "Burned", "data residency", "Tom Becker", "Priya", "Internal pipeline", "power", "influence", "Alex Carter →" })
        {
            Assert.DoesNotContain(secret, customerWords, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ActivityAsync_ShouldSayWhatAFreshReadSays_WhenItExtendsTheLastFeedByNewEdits()
    {
        // Arrange: both audiences' feeds read once, then more edits (a customer-visible one and an internal one).
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var session = (await server.GetService<RoomRegistry>().GetAsync(DemoRoom.RoomId, ct))!;
        var history = server.GetService<RoomHistoryService>();
        using var alex = session.Join(Team.ToGrant(), "conn-alex");
        await alex.SubmitAsync("op-1", new UpdateStakeholder("sh-erik", Fields(("title", "Group CFO"))), ct);
        await history.ActivityAsync(Team, session.State, ct);
        await history.ActivityAsync(Customer, session.State, ct);
        await alex.SubmitAsync("op-2", new UpdateStakeholder("sh-erik", Fields(("title", "CFO and COO"))), ct);
        await alex.SubmitAsync("op-3", new UpdateStakeholder("sh-erik", Fields(("stance", "Blocker"))), ct);

        // Act: the cached feeds are extended; a new service reads both from the op log.
        var extendedTeam = await history.ActivityAsync(Team, session.State, ct);
        var extendedCustomer = await history.ActivityAsync(Customer, session.State, ct);
        var fresh = ActivatorUtilities.CreateInstance<RoomHistoryService>(server.Services);
        var freshTeam = await fresh.ActivityAsync(Team, session.State, ct);
        var freshCustomer = await fresh.ActivityAsync(Customer, session.State, ct);

        // Assert
        Assert.Equal(freshTeam, extendedTeam);
        Assert.Equal(freshCustomer, extendedCustomer);
        Assert.Contains(extendedTeam, i => i.Text.Contains("Group CFO → CFO and COO", StringComparison.Ordinal));
        Assert.Contains(extendedTeam, i => i.Text.Contains("Blocker", StringComparison.Ordinal));
        Assert.DoesNotContain(extendedCustomer, i => i.Text.Contains("Blocker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LastVisitAsync_ShouldKeepTheLatestVersion_WhenVisitsAreRecordedPerPersonAndRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var history = server.GetService<RoomHistoryService>();

        var first = await history.LastVisitAsync("room-a", Team, ct);
        await history.RecordVisitAsync("room-a", Team, 7, ct);
        await history.RecordVisitAsync("room-a", Team, 5, ct);
        await history.RecordVisitAsync("room-a", Customer, 3, ct);

        Assert.Null(first);
        Assert.Equal(7, await history.LastVisitAsync("room-a", Team, ct));
        Assert.Equal(3, await history.LastVisitAsync("room-a", Customer, ct));
        Assert.Null(await history.LastVisitAsync("room-b", Team, ct));
    }

    private static Dictionary<string, string?> Fields(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
