using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>A client flooding a room is answered rate_limited at its own gate; the others in the room feel nothing.</summary>
public sealed class RateLimitTests
{
    // 20 a second with a burst of 40 per connection; 1,000 a second per person, so only the connection limit bites.
    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["Rooms:SubmitsPerSecondPerConnection"] = "20",
        ["Rooms:SubmitsPerSecondPerUser"] = "1000",
        ["Rooms:SubmitBurstSeconds"] = "2",
    };

    [Fact]
    public async Task Submit_ShouldAnswerRateLimited_ToAFloodingClientOnly_WhileAnotherKeepsEditing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer(settings: Limits);
        var roomId = await TestRooms.CreateAsync(server, ct);
        await TestRooms.AddMemberAsync(server, roomId, DemoUsers.Expert.Email, RoomRole.Editor, ct);
        await using var flooder = await RoomClient.ConnectAsync(server, roomId, ct);
        await using var colleague = await RoomClient.ConnectAsync(
            server.HubUrl, roomId, await server.TokenAsync(DemoUsers.Expert.Email, DemoUsers.Expert.Password, ct), ct);
        await flooder.JoinAsync(ct);
        await colleague.JoinAsync(ct);
        await colleague.SubmitAsync(new AddStakeholder("sh-calm", 0, 0, new Dictionary<string, string?> { ["name"] = "Calm" }), ct);

        // 200 submissions at once from one connection: about the burst of 40 goes through, the rest are refused.
        var flood = Enumerable.Range(0, 200)
            .Select(i => flooder.SubmitAsync(new AddStakeholder($"sh-f{i}", i, 0, new Dictionary<string, string?> { ["name"] = $"F{i}" }), ct))
            .ToList();
        var calm = new List<bool>();
        for (var i = 0; i < 10; i++)
        {
            var answer = await colleague.SubmitAsync(new MoveNode("sh-calm", i, i), ct);
            calm.Add(answer.GetProperty("ok").GetBoolean());
        }

        var answers = await Task.WhenAll(flood);
        var limited = answers.Where(a => !a.GetProperty("ok").GetBoolean()).ToList();
        Assert.All(calm, Assert.True);
        Assert.InRange(answers.Length - limited.Count, 40, 80);
        Assert.All(limited, a => Assert.Equal(ErrorCodes.RateLimited, a.GetProperty("error").GetProperty("code").GetString()));

        // The bucket refills: the flooder may edit again a moment later.
        await Eventually.TrueAsync(async () =>
        {
            var again = await flooder.SubmitAsync(new MoveNode("sh-calm", 1, 2), ct);
            return again.GetProperty("ok").GetBoolean();
        }, "the flooder was never let back in");
    }
}
