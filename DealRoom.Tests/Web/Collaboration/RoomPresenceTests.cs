using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>A room's presence: this node's participants merged with what other nodes announce.</summary>
public sealed class RoomPresenceTests
{
    private static readonly TimeSpan ValidFor = TimeSpan.FromSeconds(9);
    private readonly ManualClock _clock = new();
    private readonly RoomPresence _presence;
    private readonly List<IReadOnlyList<Participant>> _changed = [];
    private readonly List<IReadOnlyList<Participant>> _changedLocally = [];

    public RoomPresenceTests()
    {
        _presence = new RoomPresence(_clock);
        _presence.Changed += _changed.Add;
        _presence.LocalChanged += _changedLocally.Add;
    }

    [Fact]
    public void Participants_ShouldMergeOtherNodes_WhileLocalAndCountStayThisNodes()
    {
        _presence.Join("c-1", "user-1", "Ana", ParticipantKind.Team);
        _clock.Advance(TimeSpan.FromSeconds(1));
        _presence.ApplyRemote("node-b", 1, [Remote("c-2", "Ben", secondsAgo: 5)], ValidFor);

        Assert.Equal(["c-2", "c-1"], _presence.Participants.Select(p => p.ConnectionId));
        Assert.Equal(["c-1"], _presence.Local.Select(p => p.ConnectionId));
        Assert.Equal(1, _presence.Count);
        Assert.Equal(2, _changed.Count);
        Assert.Single(_changedLocally);
    }

    [Fact]
    public void Announcement_ShouldNotRaiseChanged_WhenItRepeatsTheSameList()
    {
        _presence.ApplyRemote("node-b", 1, [Remote("c-2", "Ben", selection: ["sh-1"])], ValidFor);
        _presence.ApplyRemote("node-b", 2, [Remote("c-2", "Ben", selection: ["sh-1"])], ValidFor);
        _presence.ApplyRemote("node-b", 3, [Remote("c-2", "Ben", selection: ["sh-2"])], ValidFor);

        Assert.Equal(2, _changed.Count);
        Assert.Equal(["sh-2"], _presence.Participants.Single().Selection);
        Assert.Empty(_changedLocally);
    }

    [Fact]
    public void OlderAnnouncement_ShouldBeIgnored_WhenANewerOneWasTaken()
    {
        _presence.ApplyRemote("node-b", 5, [Remote("c-2", "Ben")], ValidFor);
        _presence.ApplyRemote("node-b", 6, [], ValidFor);
        _presence.ApplyRemote("node-b", 5, [Remote("c-2", "Ben")], ValidFor);

        Assert.Empty(_presence.Participants);
        Assert.Equal(2, _changed.Count);
    }

    [Fact]
    public void OtherNodesParticipants_ShouldExpire_WhenTheirNodeStopsAnnouncing()
    {
        _presence.ApplyRemote("node-b", 1, [Remote("c-2", "Ben")], ValidFor);
        _presence.ApplyRemote("node-c", 1, [Remote("c-3", "Cleo")], ValidFor);
        _clock.Advance(TimeSpan.FromSeconds(6));
        _presence.ApplyRemote("node-c", 2, [Remote("c-3", "Cleo")], ValidFor);

        _clock.Advance(TimeSpan.FromSeconds(4));
        _presence.ExpireRemote();

        Assert.Equal(["c-3"], _presence.Participants.Select(p => p.ConnectionId));
        Assert.Equal(["c-3"], _changed[^1].Select(p => p.ConnectionId));
        Assert.Empty(_changedLocally); // nothing of this node's own changed: nothing to announce
    }

    [Fact]
    public void Expiry_ShouldRaiseNothing_WhenOnlyAnEmptyAnnouncementExpires()
    {
        _presence.ApplyRemote("node-b", 1, [], ValidFor);
        _clock.Advance(ValidFor);
        _presence.ExpireRemote();

        Assert.Empty(_changed);
        Assert.Empty(_changedLocally);
    }

    [Fact]
    public void Colour_ShouldDependOnTheUserAlone_SoEveryNodeAndRestartAgree()
    {
        var joined = _presence.Join("c-1", "user-ana", "Ana", ParticipantKind.Team);

        // FNV-1a of "user-ana" picks the same palette entry in any process; another user may differ.
        Assert.Equal(RoomPresence.ColorOf("user-ana"), joined.Color);
        Assert.Equal(joined.Color, new RoomPresence().Join("c-9", "user-ana", "Ana", ParticipantKind.Team).Color);
        Assert.Equal("#d81b60", RoomPresence.ColorOf(string.Empty)); // 2166136261 % 10 = 1: fixed, not seeded per process
        Assert.True(Enumerable.Range(0, 50).Select(i => RoomPresence.ColorOf("user-" + i)).Distinct().Count() > 5);
    }

    private Participant Remote(string connectionId, string name, int secondsAgo = 0, string[]? selection = null) =>
        new(connectionId, "user-" + name, name, "#1e88e5", ParticipantKind.Team, selection ?? [], _clock.GetUtcNow().AddSeconds(-secondsAgo));

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
