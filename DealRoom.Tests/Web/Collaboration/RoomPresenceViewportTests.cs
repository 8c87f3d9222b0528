using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>Viewports in a room's presence and "bring everyone", on this node and heard from another.</summary>
public sealed class RoomPresenceViewportTests
{
    private static readonly TimeSpan ValidFor = TimeSpan.FromSeconds(9);
    private static readonly Viewport Here = new(Viewport.Vision, 100, 50, 1.2);
    private readonly RoomPresence _presence = new();
    private readonly List<IReadOnlyList<Participant>> _changedLocally = [];
    private readonly List<Participant> _gathered = [];

    public RoomPresenceViewportTests()
    {
        _presence.LocalChanged += _changedLocally.Add;
        _presence.Gathered += _gathered.Add;
        _presence.Join("c-1", "user-1", "Ana", ParticipantKind.Team);
        _changedLocally.Clear();
    }

    [Fact]
    public void SetViewport_ShouldAnnounceOnlyChanges_WhenTheSameViewportComesAgain()
    {
        _presence.SetViewport("c-1", Here);
        _presence.SetViewport("c-1", Here with { });
        _presence.SetViewport("c-1", Here with { Zoom = 1.5 });

        Assert.Equal(2, _changedLocally.Count);
        Assert.Equal(1.5, _presence.Participants.Single().Viewport!.Zoom);
    }

    [Fact]
    public void BringEveryone_ShouldRaiseGatheredOnce_WhenTheHostHasAViewport()
    {
        Assert.False(_presence.BringEveryone("c-1"));
        _presence.SetViewport("c-1", Here);

        Assert.True(_presence.BringEveryone("c-1"));

        var host = Assert.Single(_gathered);
        Assert.Equal((Here, 1), (host.Viewport, host.Gathering));
        Assert.Equal(1, _presence.Local.Single().Gathering);
    }

    [Fact]
    public void Announcement_ShouldRaiseGathered_OnlyWhenAKnownParticipantsCountWentUp()
    {
        var ben = new Participant("c-2", "user-2", "Ben", "#1e88e5", ParticipantKind.Team, [], DateTimeOffset.UnixEpoch, Here);

        // A participant first heard of with an old gathering brings nobody; a count that goes up does, once.
        _presence.ApplyRemote("node-b", 1, [ben with { Gathering = 3 }], ValidFor);
        _presence.ApplyRemote("node-b", 2, [ben with { Gathering = 3, Selection = ["sh-1"] }], ValidFor);
        _presence.ApplyRemote("node-b", 3, [ben with { Gathering = 4 }], ValidFor);
        _presence.ApplyRemote("node-b", 4, [ben with { Gathering = 4 }], ValidFor);

        var host = Assert.Single(_gathered);
        Assert.Equal(("c-2", 4), (host.ConnectionId, host.Gathering));
    }

    [Theory]
    [InlineData(Viewport.Vision, true)]
    [InlineData(Viewport.Stakeholders, false)]
    public void CustomerPresence_ShouldShowViewportsOnlyOnTheVisionMap(string map, bool shown)
    {
        _presence.SetViewport("c-1", Here with { Map = map });
        var state = DealRoom.Domain.Rooms.RoomState.Create("room-1", "Room");

        var projected = RoomParticipant.ProjectPresence(_presence.Participants, state, ParticipantKind.Customer).Single();

        Assert.Equal(shown, projected.Viewport is not null);
        Assert.Equal(shown, RoomParticipant.IsBrought(_presence.Participants.Single(), "c-customer", ParticipantKind.Customer));
        Assert.True(RoomParticipant.IsBrought(_presence.Participants.Single(), "c-team", ParticipantKind.Team));
        Assert.False(RoomParticipant.IsBrought(_presence.Participants.Single(), "c-1", ParticipantKind.Team));
    }
}
