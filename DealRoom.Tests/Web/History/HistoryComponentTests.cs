using Bunit;
using DealRoom.Domain.History;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.History;

namespace DealRoom.Tests.Web.History;

public sealed class HistoryComponentTests : BunitSetup
{
    [Fact]
    public void HistoryChanges_ShouldListChangesAndOfferRestore_WhenTheViewerMayEdit()
    {
        // Arrange
        var past = RoomBuilder.Populated();
        var now = RoomAssert.Next(past, new RemoveElement("sh-cfo"));
        var compare = HistoryCompare.Of(past, now, includeGaps: false);
        string? restored = null;

        // Act
        var cut = Render<HistoryChanges>(p => p.Add(x => x.Compare, compare).Add(x => x.CanEdit, true).Add(x => x.Version, past.Version)
            .Add(x => x.Deleted, [new DeletedElement("sh-cfo", "Person sh-cfo", "stakeholder")])
            .Add(x => x.OnRestore, id => restored = id));
        cut.Find("[data-testid=deleted-item][data-id=sh-cfo] [data-testid=restore-element]").Click();

        // Assert
        Assert.Contains("Person sh-cfo left the map", cut.Find("[data-testid=change-list]").TextContent, StringComparison.Ordinal);
        Assert.Equal("sh-cfo", restored);
        Assert.Equal("removed", compare.Marks["sh-cfo"]);
        Assert.True(compare.Canvas.Stakeholders.ContainsKey("sh-cfo")); // drawn as a ghost where it was
    }

    [Fact]
    public void HistoryChanges_ShouldOfferNoRestore_WhenTheViewerMayNotEdit()
    {
        var cut = Render<HistoryChanges>(p => p.Add(x => x.CanEdit, false).Add(x => x.CanRestoreRoom, false)
            .Add(x => x.Deleted, [new DeletedElement("sh-cfo", "Person sh-cfo", "stakeholder")]));

        Assert.Single(cut.FindAll("[data-testid=deleted-item]"));
        Assert.Empty(cut.FindAll("[data-testid=restore-element]"));
        Assert.Empty(cut.FindAll("[data-testid=restore-room]"));
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("added")]
    [InlineData(null)]
    public void StakeholderNodeWidget_ShouldCarryTheCompareMark_WhenTheCardChangedBetweenThePoints(string? change)
    {
        var node = new DealRoom.Web.Features.Canvas.StakeholderNode(RoomBuilder.Populated().Stakeholders["sh-ceo"]) { Change = change };

        var cut = Render<DealRoom.Web.Features.Canvas.StakeholderNodeWidget>(p => p.Add(x => x.Node, node));

        var badges = cut.FindAll("[data-testid=change-badge]");
        Assert.Equal(change is null ? 0 : 1, badges.Count);
        Assert.Equal(change is not null, cut.Find("[data-testid=stakeholder-card]").ClassList.Contains("change-" + change));
        if (change is not null)
        {
            Assert.Equal(change, badges[0].GetAttribute("data-change"));
        }
    }

    [Fact]
    public void HistoryFeed_ShouldShowOneLinePerGroupWithItsEdits_WhenSmallEditsWereGrouped()
    {
        // Arrange
        var at = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var items = new[]
        {
            new ActivityItem(1, "alex", "Alex", at, "sh-1", "Erik", "stance Neutral → Skeptic", true),
            new ActivityItem(2, "alex", "Alex", at.AddMinutes(1), "sh-2", "Maria", "power 3 → 4", true),
            new ActivityItem(3, "bea", "Bea", at.AddMinutes(2), "ve-1", "Future", "added (vision element)", false),
        };
        long? opened = null;

        // Act
        var cut = Render<HistoryFeed>(p => p.Add(x => x.Groups, RoomActivity.Group(items)).Add(x => x.OnOpen, v => opened = v));
        cut.FindAll(".feed-open")[1].Click();

        // Assert
        var lines = cut.FindAll("[data-testid=feed-line]");
        Assert.Equal(2, lines.Count);
        Assert.Contains("Future: added (vision element)", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("made 2 edits to Erik, Maria", lines[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(2, opened);
    }
}
