using DealRoom.Domain.History;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.History;

public sealed class RoomActivityTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_ShouldSayAStanceMoveInPlainWords_WhenAStakeholderIsUpdated()
    {
        var start = RoomBuilder.Populated();

        var items = RoomActivity.Describe(start, Log(start, ("alex", 0, new UpdateStakeholder("sh-ceo", RoomBuilder.Fields(("stance", "Skeptic")))))
            , forCustomer: false);

        var item = Assert.Single(items);
        Assert.Equal("Person sh-ceo", item.Subject);
        Assert.Equal("stance Unknown → Skeptic", item.Text);
        Assert.Equal("Alex", item.AuthorName);
        Assert.Equal("sh-ceo", item.ElementId);
    }

    [Fact]
    public void Group_ShouldMakeOneLine_WhenOnePersonMakesSmallEditsInARow()
    {
        var start = RoomBuilder.Populated();
        var log = Log(start,
            ("alex", 0, new UpdateStakeholder("sh-ceo", RoomBuilder.Fields(("power", "4")))),
            ("alex", 1, new MoveNode("sh-ceo", 50, 50)),
            ("alex", 2, new UpdateStakeholder("sh-cfo", RoomBuilder.Fields(("influence", "3")))),
            ("bea", 3, new UpdateStakeholder("sh-cfo", RoomBuilder.Fields(("influence", "5")))),
            ("alex", 60, new UpdateStakeholder("sh-cfo", RoomBuilder.Fields(("influence", "2")))),
            ("alex", 61, new RemoveElement("ve-risk")));

        var groups = RoomActivity.Group(RoomActivity.Describe(start, log, forCustomer: false));

        Assert.Equal(["Alex", "Alex", "Bea", "Alex"], groups.Select(g => g.AuthorName)); // newest first; the delete and the hour gap break runs
        Assert.Equal(3, groups[^1].Items.Count); // Alex's three edits, oldest line last
        Assert.Equal("made 3 edits to Person sh-ceo, Person sh-cfo", groups[^1].Text);
        Assert.Equal("Risk ve-risk: deleted (vision element)", groups[0].Text);
    }

    [Fact]
    public void ForElement_ShouldListOneElementsChangesNewestFirst_WhenOthersChangedToo()
    {
        var start = RoomBuilder.Populated();
        var log = Log(start,
            ("alex", 0, new UpdateStakeholder("sh-ceo", RoomBuilder.Fields(("stance", "Neutral")))),
            ("bea", 5, new UpdateStakeholder("sh-cfo", RoomBuilder.Fields(("stance", "Champion")))),
            ("bea", 9, new UpdateStakeholder("sh-ceo", RoomBuilder.Fields(("stance", "Skeptic")))));

        var history = RoomActivity.ForElement(RoomActivity.Describe(start, log, forCustomer: false), "sh-ceo");

        Assert.Equal(["stance Neutral → Skeptic", "stance Unknown → Neutral"], history.Select(i => i.Text));
        Assert.Equal(["Bea", "Alex"], history.Select(i => i.AuthorName));
    }

    [Fact]
    public void Describe_ShouldHoldNothingInternal_WhenTheFeedIsACustomers()
    {
        var start = new RoomBuilder()
            .Stakeholder("sh-shown", ("visibleToCustomer", "true"))
            .Stakeholder("sh-hidden")
            .TeamMember("tm-ann")
            .VisionElement("ve-future", DealRoom.Domain.Vision.VisionElementType.FutureState)
            .Build();
        var log = Log(start,
            ("alex", 0, new UpdateStakeholder("sh-shown", RoomBuilder.Fields(("stance", "Blocker"), ("privateNotes", "hates us"), ("power", "5")))),
            ("alex", 1, new UpdateStakeholder("sh-hidden", RoomBuilder.Fields(("name", "Secret Person")))),
            ("alex", 2, new AddCoverage("cov-1", "tm-ann", "sh-shown", RoomBuilder.Fields())),
            ("alex", 3, new SetPhase(JourneyPhase.Buying, "decided")),
            ("alex", 4, new MarkIteration("it-1", "Internal review")),
            ("alex", 5, new RemoveElement("sh-hidden")),
            ("alex", 6, new UpdateStakeholder("sh-shown", RoomBuilder.Fields(("title", "CFO")))),
            ("alex", 7, new UpdateVisionElement("ve-future", RoomBuilder.Fields(("title", "Shared future")))));

        var team = RoomActivity.Describe(start, log, forCustomer: false);
        var customer = RoomActivity.Describe(start, log, forCustomer: true);

        Assert.True(team.Count >= 7); // the team sees all of it
        Assert.Equal(["title — → CFO", "title FutureState ve-future → Shared future"], customer.Select(i => i.Text));
        var words = string.Join(" ", customer.Select(i => i.Subject + " " + i.Text));
        foreach (var secret in new[] { "Blocker", "hates", "power", "Secret", "hidden", "tm-ann", "Buying", "Internal review", "cov-1" })
        {
            Assert.DoesNotContain(secret, words, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Commits the operations after <paramref name="start"/>, each by a person at minutes after 9:00.</summary>
    private static List<CommittedOperation> Log(RoomState start, params (string Author, int Minutes, Operation Operation)[] entries)
    {
        var log = new List<CommittedOperation>();
        var state = start;
        foreach (var (author, minutes, operation) in entries)
        {
            var context = new OperationContext(author, char.ToUpperInvariant(author[0]) + author[1..], Start.AddMinutes(minutes));
            state = RoomAssert.Next(state, operation, context);
            log.Add(new CommittedOperation(state.Version, "op-" + state.Version, context.AuthorId, context.AuthorName, context.At, operation));
        }

        return log;
    }
}
