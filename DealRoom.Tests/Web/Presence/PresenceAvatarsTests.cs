using Bunit;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Presence;

namespace DealRoom.Tests.Web.Presence;

public class PresenceAvatarsTests : BunitSetup
{
    [Fact]
    public void Render_ShouldShowEveryone_WhenAFewAreHere()
    {
        // Arrange
        var participants = People(3);

        // Act
        var cut = Render<PresenceAvatars>(p => p.Add(x => x.Participants, participants).Add(x => x.SelfConnectionId, "c-0"));

        // Assert
        var avatars = cut.FindAll("[data-testid=presence-avatar]");
        Assert.Equal(3, avatars.Count);
        Assert.Equal("Person 0 (you)", avatars[0].GetAttribute("title"));
        Assert.Empty(cut.FindAll("[data-testid=presence-more]"));
    }

    [Fact]
    public void Render_ShouldShowTheFirstOnesAndACountOfTheRest_WhenManyAreHere()
    {
        // Arrange
        var participants = People(PresenceAvatars.MaxShown + 4);

        // Act
        var cut = Render<PresenceAvatars>(p => p.Add(x => x.Participants, participants));

        // Assert
        Assert.Equal(PresenceAvatars.MaxShown, cut.FindAll("[data-testid=presence-avatar]").Count);
        var more = cut.Find("[data-testid=presence-more]");
        Assert.Equal("+4", more.TextContent.Trim());
        Assert.Equal($"Person {PresenceAvatars.MaxShown}, Person {PresenceAvatars.MaxShown + 1}, Person {PresenceAvatars.MaxShown + 2}, Person {PresenceAvatars.MaxShown + 3}",
            more.GetAttribute("title"));
    }

    private static List<Participant> People(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
            new Participant($"c-{i}", $"u-{i}", $"Person {i}", "#1e88e5", ParticipantKind.Team, [], DateTimeOffset.UnixEpoch))];
}
