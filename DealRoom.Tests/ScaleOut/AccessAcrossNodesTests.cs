using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Features.Access;

namespace DealRoom.Tests.ScaleOut;

/// <summary>
/// Access changes with two app nodes on real PostgreSQL and Redis: a revocation or removal handled by one node cuts
/// the person off on the other node too.
/// </summary>
public sealed class AccessAcrossNodesTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task CustomerOnTheOtherNode_ShouldBeCutOff_WhenTheInvitationIsRevoked()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("revoke", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(a, ct, "Revoked across nodes");
        var (invitationId, link) = await Customers.InviteAsync(a, roomId, ct);
        var token = await Customers.TokenAsync(a, link, ct);
        await using var customer = await RoomClient.ConnectAsync(b.HubUrl, roomId, token, ct, sparse: true);
        await customer.JoinAsync(ct);
        var closed = new TaskCompletionSource();
        customer.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await Customers.RevokeAsync(a, roomId, invitationId, ct);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.Contains(customer.Messages, m => m.Method == "SessionEnded");
    }

    [Fact]
    public async Task MemberRemoval_ShouldBeRaisedOnTheOtherNode_OnceAndNotEchoedBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("remove", ct);
        await using var a = new DealRoomServer(settings: settings);
        await using var b = new DealRoomServer(settings: settings);
        _ = await TestRooms.CreateAsync(b, ct, "Node B is up");
        var (onA, onB) = (new List<string>(), new List<string>());
        a.GetService<AccessEvents>().MemberRemoved += (room, user) => { lock (onA) { onA.Add($"{room}/{user}"); } };
        b.GetService<AccessEvents>().MemberRemoved += (room, user) => { lock (onB) { onB.Add($"{room}/{user}"); } };

        a.GetService<AccessEvents>().RaiseMemberRemoved("room-1", "user-sam");

        await Eventually.TrueAsync(() => Count(onB) > 0, "node B never heard of the removal");

        // A second change after it: when node B has it, node A would have had any echo of the first.
        a.GetService<AccessEvents>().RaiseInvitationRevoked("room-1", "inv-1");
        var revoked = new TaskCompletionSource();
        b.GetService<AccessEvents>().InvitationRevoked += (_, _) => revoked.TrySetResult();
        await revoked.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.Equal(["room-1/user-sam"], Snapshot(onB));
        Assert.Equal(["room-1/user-sam"], Snapshot(onA));
    }

    [Fact]
    public void Parse_ShouldRefuseMessages_ThatAreNotAccessChanges()
    {
        var change = new AccessChange(AccessChangeKind.MemberRemoved, "room-1", "user-1");
        Assert.Equal(change, RedisAccessRelay.Parse(RedisAccessRelay.Format("node-a", change))?.Change);
        Assert.Null(RedisAccessRelay.Parse("nope"));
        Assert.Null(RedisAccessRelay.Parse("""{"node":"n","change":{"kind":"Deleted","roomId":"r","subjectId":"s"}}"""));
        Assert.Null(RedisAccessRelay.Parse("""{"node":"n","change":{"kind":"MemberRemoved","roomId":"","subjectId":"s"}}"""));
        Assert.Null(RedisAccessRelay.Parse("""{"node":"","change":{"kind":"MemberRemoved","roomId":"r","subjectId":"s"}}"""));
    }

    private static int Count(List<string> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
