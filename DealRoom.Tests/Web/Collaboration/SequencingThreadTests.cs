using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>Who runs a room's sequencer: the hub's caller when the room is idle, a pool thread otherwise.</summary>
public sealed class SequencingThreadTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task IdleRoom_ShouldSequenceOnTheCaller_OnlyWhenAskedTo(bool runOnCaller)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        var session = (await server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var published = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = session.Subscribe(_ =>
        {
            published.TrySetResult(Environment.CurrentManagedThreadId);
            return ValueTask.CompletedTask;
        });

        // A thread of its own (not a pool thread), so "the caller's thread" cannot be confused with another.
        var caller = 0;
        Task<SubmitResult>? submitted = null;
        var thread = new Thread(() =>
        {
            caller = Environment.CurrentManagedThreadId;
            submitted = session.SubmitAsync(
                new Submission("op-thread", new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Ana" }), new Author("u", "U")),
                runOnCaller: runOnCaller);
        });
        thread.Start();
        thread.Join();

        var result = await submitted!.WaitAsync(TimeSpan.FromSeconds(30), ct);
        var listenerThread = await published.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.True(result.Accepted);
        Assert.Equal(1, session.State.Version);
        if (runOnCaller)
        {
            Assert.Equal(caller, listenerThread);
        }
        else
        {
            Assert.NotEqual(caller, listenerThread);
        }
    }
}
