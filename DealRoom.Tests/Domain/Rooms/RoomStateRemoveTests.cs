using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Rooms;

public class RoomStateRemoveTests
{
    private static RoomState TwoMaps() => new RoomBuilder()
        .Stakeholder("sh-a")
        .Stakeholder("sh-b")
        .Stakeholder("sh-c")
        .TeamMember("tm-1")
        .TeamMember("tm-2")
        .VisionElement("ve-concept", VisionElementType.Concept)
        .VisionElement("ve-challenge", VisionElementType.Challenge)
        .VisionElement("ve-future", VisionElementType.FutureState)
        .Relationship("rel-ab", "sh-a", "sh-b")
        .Relationship("rel-ca", "sh-c", "sh-a", RelationshipKind.Influences)
        .Relationship("rel-bc", "sh-b", "sh-c", RelationshipKind.AllyOf)
        .Coverage("cov-1a", "tm-1", "sh-a")
        .Coverage("cov-1b", "tm-1", "sh-b")
        .Coverage("cov-2a", "tm-2", "sh-a")
        .VisionLink("vl-addr", "ve-concept", "ve-challenge", VisionLinkKind.Addresses)
        .VisionLink("vl-lead", "ve-challenge", "ve-future", VisionLinkKind.LeadsTo)
        .VisionLink("vl-back", "ve-future", "ve-concept", VisionLinkKind.LeadsTo)
        .Endorsement("en-a-future", "sh-a", "ve-future")
        .Endorsement("en-a-concept", "sh-a", "ve-concept", EndorsementKind.Holds)
        .Endorsement("en-b-future", "sh-b", "ve-future")
        .Endorsement("en-c-concept", "sh-c", "ve-concept", EndorsementKind.Holds)
        .Build();

    [Fact]
    public void RemoveElement_ShouldRemoveItsRelationshipsCoveragesAndEndorsements_WhenElementIsAStakeholder()
    {
        // Arrange
        var state = TwoMaps();

        // Act
        var next = RoomAssert.Next(state, new RemoveElement("sh-a"));

        // Assert
        Assert.Equal(["sh-b", "sh-c"], next.Stakeholders.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["rel-bc"], next.Relationships.Keys);
        Assert.Equal(["cov-1b"], next.Coverages.Keys);
        Assert.Equal(["en-b-future", "en-c-concept"], next.Endorsements.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(state.TeamMembers, next.TeamMembers);
        Assert.Equal(state.VisionElements, next.VisionElements);
        Assert.Equal(state.VisionLinks, next.VisionLinks);
        AssertIndexMatchesContent(next);
    }

    [Fact]
    public void RemoveElement_ShouldRemoveItsLinksAndEndorsements_WhenElementIsAVisionElement()
    {
        // Arrange
        var state = TwoMaps();

        // Act
        var next = RoomAssert.Next(state, new RemoveElement("ve-concept"));

        // Assert
        Assert.Equal(["ve-challenge", "ve-future"], next.VisionElements.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["vl-lead"], next.VisionLinks.Keys);
        Assert.Equal(["en-a-future", "en-b-future"], next.Endorsements.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(state.Stakeholders, next.Stakeholders);
        Assert.Equal(state.Relationships, next.Relationships);
        Assert.Equal(state.Coverages, next.Coverages);
        AssertIndexMatchesContent(next);
    }

    [Fact]
    public void RemoveElement_ShouldRemoveItsCoverages_WhenElementIsATeamMember()
    {
        // Arrange
        var state = TwoMaps();

        // Act
        var next = RoomAssert.Next(state, new RemoveElement("tm-1"));

        // Assert
        Assert.Equal(["tm-2"], next.TeamMembers.Keys);
        Assert.Equal(["cov-2a"], next.Coverages.Keys);
        Assert.Equal(state.Stakeholders, next.Stakeholders);
        Assert.Equal(state.Relationships, next.Relationships);
        Assert.Equal(state.Endorsements, next.Endorsements);
        AssertIndexMatchesContent(next);
    }

    [Theory]
    [InlineData("rel-ab")]
    [InlineData("cov-1a")]
    [InlineData("vl-addr")]
    [InlineData("en-a-future")]
    public void RemoveElement_ShouldRemoveOnlyThatLink_WhenElementIsALink(string id)
    {
        // Arrange
        var state = TwoMaps();

        // Act
        var next = RoomAssert.Next(state, new RemoveElement(id));

        // Assert
        Assert.Null(next.KindOf(id));
        Assert.Equal(state.ElementCount - 1, next.ElementCount);
        AssertIndexMatchesContent(next);
    }

    [Fact]
    public void RemoveElement_ShouldFreeTheId_WhenElementIsRemoved()
    {
        // Arrange
        var state = RoomAssert.Next(TwoMaps(), new RemoveElement("sh-c"));

        // Act
        var next = RoomAssert.Next(state, new AddTeamMember("sh-c", 0, 0, RoomBuilder.Fields(("name", "Reused id"))));

        // Assert
        Assert.Equal(ElementKind.TeamMember, next.KindOf("sh-c"));
    }

    private static void AssertIndexMatchesContent(RoomState state)
    {
        var expected = state.Stakeholders.Keys.Select(k => (k, ElementKind.Stakeholder))
            .Concat(state.Relationships.Keys.Select(k => (k, ElementKind.Relationship)))
            .Concat(state.TeamMembers.Keys.Select(k => (k, ElementKind.TeamMember)))
            .Concat(state.Coverages.Keys.Select(k => (k, ElementKind.Coverage)))
            .Concat(state.VisionElements.Keys.Select(k => (k, ElementKind.VisionElement)))
            .Concat(state.VisionLinks.Keys.Select(k => (k, ElementKind.VisionLink)))
            .Concat(state.Endorsements.Keys.Select(k => (k, ElementKind.Endorsement)))
            .Concat(state.Iterations.Select(i => (i.Id, ElementKind.Iteration)))
            .Order();
        Assert.Equal(expected, state.Index.Select(p => (p.Key, p.Value)).Order());
    }
}
