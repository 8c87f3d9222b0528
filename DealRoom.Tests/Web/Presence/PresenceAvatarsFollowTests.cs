using Bunit;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Presence;

namespace DealRoom.Tests.Web.Presence;

public class PresenceAvatarsFollowTests : BunitSetup
{
    private static readonly List<Participant> People =
    [
        new("c-0", "u-0", "Ana Lee", "#1e88e5", ParticipantKind.Team, [], DateTimeOffset.UnixEpoch),
        new("c-1", "u-1", "Sam Patel", "#d81b60", ParticipantKind.Team, [], DateTimeOffset.UnixEpoch),
    ];

    [Fact]
    public void Click_ShouldAskToFollowThatPerson_WhenItIsSomeoneElsesAvatar()
    {
        Participant? followed = null;
        var cut = Render<PresenceAvatars>(p => p.Add(x => x.Participants, People).Add(x => x.SelfConnectionId, "c-0")
            .Add(x => x.OnFollow, (Participant person) => followed = person));

        // Only the other person's avatar is a button.
        var button = Assert.Single(cut.FindAll("[data-testid=follow-avatar]"));
        Assert.Equal("Follow Sam Patel's view", button.QuerySelector(".visually-hidden")?.TextContent);
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        button.Click();

        Assert.Equal("c-1", followed?.ConnectionId);
    }

    [Fact]
    public void Avatar_ShouldShowPressed_WhenFollowingThatPerson()
    {
        var cut = Render<PresenceAvatars>(p => p.Add(x => x.Participants, People).Add(x => x.SelfConnectionId, "c-0")
            .Add(x => x.FollowingConnectionId, "c-1").Add(x => x.OnFollow, (Participant _) => { }));

        var button = cut.Find("[data-testid=follow-avatar]");
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.Equal("Stop following Sam Patel", button.QuerySelector(".visually-hidden")?.TextContent);
    }
}
