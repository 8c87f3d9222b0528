using DealRoom.Domain.Audience;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Comments;

/// <summary>Internal threads, their replies and their counts never reach a customer; shared ones on what they see do.</summary>
public sealed class CommentProjectionTests
{
    private static RoomState Room() => new RoomBuilder()
        .Stakeholder("sh-seen", ("visibleToCustomer", "true"))
        .Stakeholder("sh-hidden")
        .VisionElement("ve-1", VisionElementType.Concept)
        .With(new StartThread("th-shared", "ve-1", ThreadVisibility.Shared, "Shared question", []))
        .With(new StartThread("th-internal", "ve-1", ThreadVisibility.Internal, "SECRET internal doubt", ["user-bea"]))
        .With(new StartThread("th-gap", "C3", ThreadVisibility.Internal, "SECRET gap plan", []))
        .With(new StartThread("th-person", "sh-seen", ThreadVisibility.Shared, "About you", []))
        .Build();

    [Fact]
    public void Project_ShouldKeepOnlySharedThreadsOnWhatTheCustomerSees_WhenTheRoomHoldsBoth()
    {
        var projected = CustomerProjection.Project(Room());

        Assert.Equal(["th-person", "th-shared"], projected.Threads.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("SECRET", SnapshotJson.ToJson(projected), StringComparison.Ordinal);
    }

    [Fact]
    public void Project_ShouldDropASharedThread_WhenItsStakeholderIsHiddenAgain()
    {
        var hidden = Room().Apply(new UpdateStakeholder("sh-seen", RoomBuilder.Fields(("visibleToCustomer", "false"))), RoomBuilder.Context).State!;

        Assert.Equal(["th-shared"], CustomerProjection.Project(hidden).Threads.Keys);
    }

    [Theory]
    [InlineData("th-internal", false)]
    [InlineData("th-gap", false)]
    [InlineData("th-shared", true)]
    public void ProjectOperation_ShouldPassThreadEventsOnlyForSharedThreads_WhenTheTeamRepliesAndResolves(string threadId, bool seen)
    {
        var before = Room();
        Operation[] ops = [new ReplyToThread("c-9", threadId, "More", []), new ResolveThread(threadId)];

        foreach (var op in ops)
        {
            var after = before.Apply(op, RoomBuilder.Context).State!;
            Assert.Equal(seen, CustomerProjection.ProjectOperation(before, after, op).Operation is not null);
            before = after;
        }
    }

    [Fact]
    public void ProjectOperation_ShouldSayNothing_WhenAnInternalThreadStarts()
    {
        var before = Room();
        var op = new StartThread("th-new", "ve-1", ThreadVisibility.Internal, "Team only", []);

        var change = CustomerProjection.ProjectOperation(before, before.Apply(op, RoomBuilder.Context).State!, op);

        Assert.Equal(ProjectedChange.Nothing, change);
    }

    [Fact]
    public void CustomerReplica_ShouldMatchTheProjection_WhenItAppliesOnlyTheProjectedCommentOperations()
    {
        var team = Room();
        var customer = CustomerProjection.Project(team);
        Operation[] ops =
        [
            new ReplyToThread("c-1", "th-shared", "Answer", []),
            new ReplyToThread("c-2", "th-internal", "SECRET reply", []),
            new ResolveThread("th-internal"),
            new SuggestChange("sg-1", "Rename", new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "One platform")))),
            new AcceptSuggestion("sg-1"),
            new RemoveElement("sh-seen"),
        ];

        foreach (var op in ops)
        {
            var applied = team.Apply(op, RoomBuilder.Context);
            Assert.True(applied.Succeeded, applied.Error?.Message);
            if (CustomerProjection.ProjectOperation(team, applied.State!, applied.Applied!).Operation is { } projected)
            {
                var replayed = customer.Apply(projected, RoomBuilder.Context);
                Assert.True(replayed.Succeeded, replayed.Error?.Message);
                customer = replayed.State!;
            }

            team = applied.State!;
        }

        Assert.Equal(SnapshotJson.ToJson(CustomerProjection.Project(team)), SnapshotJson.ToJson(customer with { Version = team.Version }));
    }

    [Theory]
    [InlineData("startShared", true)]
    [InlineData("startInternal", false)]
    [InlineData("startOnHidden", false)]
    [InlineData("startWithMention", false)]
    [InlineData("replyShared", true)]
    [InlineData("replyInternal", false)]
    [InlineData("resolveShared", true)]
    [InlineData("resolveInternal", false)]
    [InlineData("suggest", true)]
    [InlineData("accept", false)]
    public void CustomerPermissions_ShouldAllowOnlySharedThreadsOnWhatTheySee_WhenACustomerComments(string action, bool allowed)
    {
        var state = Room().Apply(new SuggestChange("sg-1", "Rename", new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "X")))), RoomBuilder.Context).State!;
        Operation op = action switch
        {
            "startShared" => new StartThread("th-c", "ve-1", ThreadVisibility.Shared, "Hi", []),
            "startInternal" => new StartThread("th-c", "ve-1", ThreadVisibility.Internal, "Hi", []),
            "startOnHidden" => new StartThread("th-c", "sh-hidden", ThreadVisibility.Shared, "Hi", []),
            "startWithMention" => new StartThread("th-c", "ve-1", ThreadVisibility.Shared, "Hi", ["user-bea"]),
            "replyShared" => new ReplyToThread("c-c", "th-shared", "Hi", []),
            "replyInternal" => new ReplyToThread("c-c", "th-internal", "Hi", []),
            "resolveShared" => new ResolveThread("th-shared"),
            "resolveInternal" => new ResolveThread("th-internal"),
            "suggest" => new SuggestChange("sg-c", "Hi", new RemoveElement("ve-1")),
            _ => new AcceptSuggestion("sg-1"),
        };

        var error = CustomerPermissions.Check(state, op, "sh-seen");

        Assert.Equal(allowed, error is null);
    }
}
