using DealRoom.Web.Collaboration;
using Microsoft.Extensions.Time.Testing;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>The room's live signal channel: throttled per connection with the latest always sent, floods refused, nothing left behind.</summary>
public sealed class RoomSignalsTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly List<RoomSignal> _raised = [];
    private readonly RoomSignals _signals;

    public RoomSignalsTests()
    {
        _signals = new RoomSignals(_clock);
        _signals.Raised += _raised.Add;
    }

    [Fact]
    public void Offer_ShouldSendAtMostOnePerInterval_AndTheLatestAfterIt_WhenDragStepsComeFast()
    {
        // Act: 30 drag steps within one interval.
        for (var i = 1; i <= 30; i++)
        {
            Assert.True(_signals.Offer(Drag("c1", i)));
        }

        // Assert: the first went out at once; the rest wait for the tick, and only the latest of them goes.
        Assert.Equal([1d], _raised.Select(s => s.X));
        _clock.Advance(RoomSignals.Interval);
        Assert.Equal([1d, 30d], _raised.Select(s => s.X));
        _clock.Advance(RoomSignals.Interval * 3);
        Assert.Equal(2, _raised.Count);
    }

    [Fact]
    public void Offer_ShouldThrottleEachConnectionAndChannelApart_WhenTwoPeopleDragAndPoint()
    {
        Assert.True(_signals.Offer(Drag("c1", 1)));
        Assert.True(_signals.Offer(Drag("c2", 2)));
        Assert.True(_signals.Offer(Cursor("c1", 3)));

        Assert.Equal([1d, 2d, 3d], _raised.Select(s => s.X));
    }

    [Fact]
    public void Offer_ShouldSendTheEndAtOnce_AndDropTheStepWaitingBeforeIt_WhenADragEnds()
    {
        _signals.Offer(Drag("c1", 1));
        _signals.Offer(Drag("c1", 2));

        _signals.Offer(Drag("c1", 0) with { Kind = SignalKind.DragEnd });
        _clock.Advance(RoomSignals.Interval * 2);

        Assert.Equal([SignalKind.Drag, SignalKind.DragEnd], _raised.Select(s => s.Kind));
    }

    [Fact]
    public void Offer_ShouldRefuse_WhenOneConnectionOffersMoreThanTheLimitInASecond()
    {
        var answers = Enumerable.Range(0, RoomSignals.MaxPerSecond + 10).Select(i => _signals.Offer(Cursor("flood", i))).ToList();

        Assert.Equal(RoomSignals.MaxPerSecond, answers.Count(a => a));
        Assert.True(_signals.Offer(Cursor("someone-else", 1)));

        // A second later the connection may signal again.
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_signals.Offer(Cursor("flood", 1)));
    }

    [Fact]
    public void Forget_ShouldEndTheOpenDragAndRemoveThePointer_WhenAConnectionLeavesMidDrag()
    {
        _signals.Offer(Drag("c1", 5));
        _signals.Offer(Cursor("c1", 6));
        _signals.Offer(Drag("c1", 7));

        _signals.Forget("c1");
        _clock.Advance(RoomSignals.Interval * 2);

        Assert.Equal([SignalKind.Drag, SignalKind.Cursor, SignalKind.DragEnd, SignalKind.CursorGone], _raised.Select(s => s.Kind));
        Assert.Equal("sh-1", _raised[2].ElementId);
    }

    [Fact]
    public void ApplyRemote_ShouldRaiseForThisNode_ButNotAsALocalSignal_WhenAnotherNodeRelaysOne()
    {
        var local = new List<RoomSignal>();
        _signals.LocalRaised += local.Add;

        _signals.ApplyRemote(Drag("elsewhere", 1));

        Assert.Single(_raised);
        Assert.Empty(local);
    }

    [Fact]
    public void Offer_ShouldStillReachTheOtherListeners_AndKeepThrottling_WhenOneListenerFails()
    {
        var signals = new RoomSignals(_clock);
        var heard = new List<double>();
        signals.Raised += _ => throw new InvalidOperationException("a page being torn down");
        signals.Raised += s => heard.Add(s.X);

        signals.Offer(Drag("c1", 1));
        signals.Offer(Drag("c1", 2));
        _clock.Advance(RoomSignals.Interval);

        Assert.Equal([1d, 2d], heard);
    }

    private static RoomSignal Drag(string connectionId, double x) =>
        new(SignalKind.Drag, connectionId, "user-" + connectionId, "Nina", "#1565c0", SignalMap.Stakeholders, "sh-1", x, 0);

    private static RoomSignal Cursor(string connectionId, double x) =>
        new(SignalKind.Cursor, connectionId, "user-" + connectionId, "Nina", "#1565c0", SignalMap.Vision, null, x, 0);
}
