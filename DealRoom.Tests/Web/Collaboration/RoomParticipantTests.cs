using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>The participant gate: rights checked once, in the room's order; updates in the participant's audience's form.</summary>
public sealed class RoomParticipantTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    private static readonly RoomGrant Owner = new("u-alex", "Alex", ParticipantKind.Team, CanEdit: true);
    private static readonly RoomGrant Viewer = new("u-ben", "Ben", ParticipantKind.Team, CanEdit: false);
    private static readonly RoomGrant Customer = new("c-erik", "Erik", ParticipantKind.Customer, CanEdit: true);

    [Fact]
    public async Task SubmitAsync_ShouldRefuseAViewer_WithoutTouchingTheRoom()
    {
        var session = await NewRoomAsync();
        using var viewer = session.Join(Viewer, "conn-viewer");

        var result = await viewer.SubmitAsync("op-v", Stakeholder("sh-1", "Ana"), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Forbidden, result.Error?.Code);
        Assert.Equal(0, session.State.Version);
    }

    [Fact]
    public async Task SubmitAsync_ShouldCheckACustomersRights_AgainstTheStateTheOperationMeets()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await NewRoomAsync();
        using var owner = session.Join(Owner, "conn-owner");
        using var customer = session.Join(Customer, "conn-customer");

        // Queued together: when the customer submits, "sh-x" does not exist yet (a move of an unknown id is no
        // stakeholder move); when the room applies it, the team's add has made it a stakeholder the customer may
        // not move. Checked at submission time, the move would have gone through.
        var add = owner.SubmitAsync("op-add", Stakeholder("sh-x", "Hidden"), ct);
        var move = customer.SubmitAsync("op-move", new MoveNode("sh-x", 500, 500), ct);
        var results = await Task.WhenAll(add, move);

        Assert.True(results[0].Accepted);
        Assert.Equal(ErrorCodes.Forbidden, results[1].Error?.Code);
        Assert.Equal(10, session.State.Stakeholders["sh-x"].X);
    }

    [Fact]
    public async Task Listen_ShouldHandACustomerOnlyTheirProjection_MadeOnceForEveryCustomer()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await NewRoomAsync();
        using var owner = session.Join(Owner, "conn-owner");
        using var first = session.Join(Customer, "conn-c1");
        using var second = session.Join(Customer with { UserId = "c-eva", Name = "Eva" }, "conn-c2");
        var seen = new List<AudienceView>();
        var teamSeen = new List<AudienceView>();
        var gate = new Lock();
        first.Listen(view => Record(seen, view));
        second.Listen(view => Record(seen, view));
        owner.Listen(view => Record(teamSeen, view));

        await owner.SubmitAsync("op-1", Stakeholder("sh-1", "Hidden"), ct);
        await owner.SubmitAsync("op-2", new AddVisionElement("ve-1", VisionElementType.Challenge, 0, 0, Fields("title", "Costs")), ct);

        await Eventually.TrueAsync(() => Task.FromResult(Count(seen) == 4 && Count(teamSeen) == 2), "every listener heard both commits");
        lock (gate)
        {
            var forCustomers = seen.Where(v => v.Version == 2).ToList();
            Assert.Same(forCustomers[0], forCustomers[1]);
            Assert.Equal(["addVisionElement"], forCustomers[0].Operations.Select(o => o.Operation.Type));
            Assert.All(seen.Where(v => v.Version == 1), v => Assert.Empty(v.Operations));
            Assert.Empty(forCustomers[0].State.Stakeholders);
            Assert.Null(forCustomers[0].Gaps);
            Assert.Equal(["addStakeholder"], teamSeen.Single(v => v.Version == 1).Operations.Select(o => o.Operation.Type));
        }

        Assert.Empty(first.State.Stakeholders);
        Assert.Null(first.Gaps);
        Assert.Single(owner.State.Stakeholders);

        ValueTask Record(List<AudienceView> views, AudienceView view)
        {
            lock (gate)
            {
                views.Add(view);
            }

            return ValueTask.CompletedTask;
        }

        int Count(List<AudienceView> views)
        {
            lock (gate)
            {
                return views.Count;
            }
        }
    }

    [Fact]
    public async Task ListenToGaps_ShouldTellTheTeamOfAChangedReport_AndNeverACustomer()
    {
        // Every changed gap report now reaches pages through this listener, edits included: it is the customers' gate.
        var ct = TestContext.Current.CancellationToken;
        var session = await NewRoomAsync();
        using var owner = session.Join(Owner, "conn-owner");
        using var customer = session.Join(Customer, "conn-customer");
        var team = 0;
        var customers = 0;
        var heard = 0;
        owner.ListenToGaps(_ => { Interlocked.Increment(ref team); return ValueTask.CompletedTask; });
        customer.ListenToGaps(_ => { Interlocked.Increment(ref customers); return ValueTask.CompletedTask; });
        customer.Listen(_ => { Interlocked.Increment(ref heard); return ValueTask.CompletedTask; });

        await owner.SubmitAsync("op-gaps-1", Stakeholder("sh-1", "Ana"), ct);
        await owner.SubmitAsync("op-gaps-2", Stakeholder("sh-2", "Ben"), ct);

        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref heard) == 2 && Volatile.Read(ref team) >= 1), "the team heard a changed report");
        Assert.Equal(0, Volatile.Read(ref customers));
    }

    [Fact]
    public async Task Dispose_ShouldTakeTheParticipantOutOfThePresenceList()
    {
        var session = await NewRoomAsync();
        var owner = session.Join(Owner, "conn-owner");
        owner.Enter();
        Assert.Contains(session.Presence.Participants, p => p.ConnectionId == "conn-owner");

        owner.Dispose();

        Assert.DoesNotContain(session.Presence.Participants, p => p.ConnectionId == "conn-owner");
    }

    private async Task<RoomSession> NewRoomAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct);
        return (await host.Server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
    }

    private static AddStakeholder Stakeholder(string id, string name) => new(id, 10, 10, Fields("name", name));

    private static Dictionary<string, string?> Fields(string name, string value) => new() { [name] = value };
}
