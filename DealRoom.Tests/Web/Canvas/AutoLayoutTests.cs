using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class AutoLayoutTests
{
    [Fact]
    public void StakeholderMap_ShouldPutEveryManagerAboveTheirReports_WhenReportsToFormsAnOrgChart()
    {
        // Arrange: a CEO with a CFO and a CIO, each with two reports; a second, separate chart; a loner; two team members.
        var state = OrgChart().Build();

        // Act
        var layout = AutoLayout.StakeholderMap(state);

        // Assert: every card placed, none overlapping, and each "A reports to B" has B's card wholly above A's.
        Assert.Equal(state.Stakeholders.Count + state.TeamMembers.Count, layout.Count);
        AssertNoOverlap(state, layout);
        foreach (var r in state.Relationships.Values.Where(r => r.Kind == RelationshipKind.ReportsTo))
        {
            Assert.True(layout[r.ToId].Y + StakeholderNode.CardSize.Height <= layout[r.FromId].Y, $"{r.ToId} is not above {r.FromId}");
        }
    }

    [Fact]
    public void StakeholderMap_ShouldPutTheTeamBelowEveryStakeholder_WhenTheMapHasBoth()
    {
        var state = OrgChart().Build();

        var layout = AutoLayout.StakeholderMap(state);

        var lowestStakeholder = state.Stakeholders.Keys.Max(id => layout[id].Y + StakeholderNode.CardSize.Height);
        Assert.All(state.TeamMembers.Keys, id => Assert.True(layout[id].Y > lowestStakeholder, $"{id} is not below the stakeholders"));
    }

    [Fact]
    public void VisionMap_ShouldRunFromTheCurrentStateOnTheLeftToTheFutureStateOnTheRight_WhenLinksPointEitherWay()
    {
        // Arrange: the story of a vision map, with links in the directions the method gives them (a concept addresses a
        // challenge: right to left in the story), plus an element linked to nothing.
        var state = new RoomBuilder()
            .VisionElement("cs", VisionElementType.CurrentState)
            .VisionElement("ch", VisionElementType.Challenge)
            .VisionElement("co", VisionElementType.Concept)
            .VisionElement("cap", VisionElementType.Capability)
            .VisionElement("dr", VisionElementType.DesiredResult)
            .VisionElement("me", VisionElementType.Metric)
            .VisionElement("ms", VisionElementType.Milestone)
            .VisionElement("fs", VisionElementType.FutureState)
            .VisionElement("risk", VisionElementType.Risk)
            .VisionLink("l1", "cs", "ch", VisionLinkKind.LeadsTo)
            .VisionLink("l2", "co", "ch", VisionLinkKind.Addresses)
            .VisionLink("l3", "cap", "dr", VisionLinkKind.ContributesTo)
            .VisionLink("l4", "dr", "me", VisionLinkKind.MeasuredBy)
            .VisionLink("l5", "ms", "fs", VisionLinkKind.StepOf)
            .Build();

        // Act
        var layout = AutoLayout.VisionMap(state);

        // Assert: no overlaps; the current state wholly left of every other card, the future state wholly right of them;
        // each link between two columns runs left to right.
        AssertNoOverlap(state, layout);
        var width = VisionNode.CardSize.Width;
        Assert.All(state.VisionElements.Keys.Where(id => id != "cs"), id => Assert.True(layout["cs"].X + width <= layout[id].X, $"cs is not left of {id}"));
        Assert.All(state.VisionElements.Keys.Where(id => id != "fs"), id => Assert.True(layout[id].X + width <= layout["fs"].X, $"{id} is not left of fs"));
        Assert.True(layout["ch"].X + width <= layout["co"].X, "the challenge is not left of the concept that addresses it");
        Assert.True(layout["dr"].X + width <= layout["me"].X, "the result is not left of its metric");
    }

    [Fact]
    public void Moves_ShouldAnchorTheLayoutWhereTheCardsStartAndSkipCardsInPlace_WhenLaidOutTwice()
    {
        // Arrange: the chart's cards scattered from (500, 300) on.
        var builder = OrgChart();
        var index = 0;
        foreach (var id in builder.Build().Stakeholders.Keys.Concat(builder.Build().TeamMembers.Keys).ToList())
        {
            builder.With(new MoveNode(id, 500 + (index * 37 % 400), 300 + (index * 91 % 500)));
            index++;
        }

        var state = builder.Build();

        // Act: lay out, apply the moves, lay out again.
        var moves = AutoLayout.Moves(state, MapKind.Stakeholders);
        var after = moves.Aggregate(state, (s, m) => s.Apply(m, RoomBuilder.Context).State!);
        var again = AutoLayout.Moves(after, MapKind.Stakeholders);

        // Assert: the layout starts at the cards' old top-left, and a second run moves nothing.
        Assert.NotEmpty(moves);
        Assert.Equal(500, after.Stakeholders.Values.Select(s => s.X).Concat(after.TeamMembers.Values.Select(t => t.X)).Min());
        Assert.Equal(300, after.Stakeholders.Values.Select(s => s.Y).Min());
        Assert.Empty(again);
    }

    [Fact]
    public void Moves_ShouldBeEmpty_WhenTheMapHasNoCards()
    {
        Assert.Empty(AutoLayout.Moves(new RoomBuilder().Build(), MapKind.Vision));
    }

    private static RoomBuilder OrgChart() => new RoomBuilder()
        .Stakeholder("ceo").Stakeholder("cfo").Stakeholder("cio")
        .Stakeholder("fin1").Stakeholder("fin2").Stakeholder("it1").Stakeholder("it2")
        .Stakeholder("plant").Stakeholder("ops")
        .Stakeholder("loner")
        .TeamMember("ae").TeamMember("se")
        .Relationship("r1", "cfo", "ceo").Relationship("r2", "cio", "ceo")
        .Relationship("r3", "fin1", "cfo").Relationship("r4", "fin2", "cfo")
        .Relationship("r5", "it1", "cio").Relationship("r6", "it2", "cio")
        .Relationship("r7", "ops", "plant")
        .Relationship("r8", "fin1", "it1", RelationshipKind.Influences)
        .Coverage("c1", "ae", "ceo").Coverage("c2", "se", "it1");

    private static void AssertNoOverlap(RoomState state, IReadOnlyDictionary<string, (double X, double Y)> layout)
    {
        var rects = layout.Select(p => (p.Key, Rect: new CardRect(p.Value.X, p.Value.Y, Size(state, p.Key).Width, Size(state, p.Key).Height))).ToList();
        for (var a = 0; a < rects.Count; a++)
        {
            for (var b = a + 1; b < rects.Count; b++)
            {
                Assert.False(rects[a].Rect.Crowds(rects[b].Rect, 0), $"{rects[a].Key} overlaps {rects[b].Key}");
            }
        }
    }

    private static Blazor.Diagrams.Core.Geometry.Size Size(RoomState state, string id) => state.KindOf(id) switch
    {
        ElementKind.Stakeholder => StakeholderNode.CardSize,
        ElementKind.TeamMember => TeamMemberNode.CardSize,
        _ => VisionNode.CardSize,
    };
}
