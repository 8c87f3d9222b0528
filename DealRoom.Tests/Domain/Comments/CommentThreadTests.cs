using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Domain.Comments;

public sealed class CommentThreadTests
{
    private static readonly OperationContext Bea = new("user-bea", "Bea Presales", new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));

    private static RoomState Room() => new RoomBuilder()
        .Stakeholder("sh-seen", ("visibleToCustomer", "true"))
        .Stakeholder("sh-hidden")
        .TeamMember("tm-1")
        .VisionElement("ve-1", VisionElementType.Concept)
        .VisionElement("ve-2", VisionElementType.Challenge)
        .VisionLink("vl-1", "ve-1", "ve-2", VisionLinkKind.Addresses)
        .Build();

    [Fact]
    public void StartThread_ShouldHoldTheFirstCommentWithAuthorTimeAndMentions_WhenTheAnchorExists()
    {
        var result = Room().Apply(new StartThread("th-1", "sh-hidden", ThreadVisibility.Internal, "  Who covers him? @Bea  ", ["user-bea", "user-bea"]), RoomBuilder.Context);

        Assert.True(result.Succeeded, result.Error?.Message);
        var thread = result.State!.Threads["th-1"];
        Assert.Equal((AnchorKind.Element, "sh-hidden", ThreadVisibility.Internal, false), (thread.AnchorKind, thread.AnchorId, thread.Visibility, thread.Resolved));
        var comment = Assert.Single(thread.Comments);
        Assert.Equal(("th-1", "user-ann", "Ann Seller", "Who covers him? @Bea"), (comment.Id, comment.AuthorId, comment.AuthorName, comment.Text));
        Assert.Equal(["user-bea"], comment.Mentions);
        Assert.Equal(["user-bea"], ((StartThread)result.Applied!).Mentions);
        Assert.Equal(Room().ElementCount, result.State.ElementCount);
    }

    [Theory]
    [InlineData("th-x", "ve-1", "Shared", "", ErrorCodes.Required)]
    [InlineData("th-x", "ve-1", "Shared", "LONG", ErrorCodes.TooLong)]
    [InlineData("th-x", "ve-gone", "Internal", "Hi", ErrorCodes.NotFound)]
    [InlineData("th-x", "sh-hidden", "Shared", "Hi", ErrorCodes.NotShareable)]
    [InlineData("th-x", "tm-1", "Shared", "Hi", ErrorCodes.NotShareable)]
    [InlineData("th-x", "C3", "Shared", "Hi", ErrorCodes.NotShareable)]
    [InlineData("ve-1", "ve-2", "Shared", "Hi", ErrorCodes.DuplicateId)]
    [InlineData("bad id", "ve-2", "Shared", "Hi", ErrorCodes.InvalidId)]
    public void StartThread_ShouldBeRefused_WhenTextAnchorVisibilityOrIdIsWrong(string id, string anchor, string visibility, string text, string code)
    {
        var room = Room();
        var op = new StartThread(id, anchor, Enum.Parse<ThreadVisibility>(visibility), text == "LONG" ? new string('x', CommentLimits.TextLength + 1) : text, []);

        var result = room.Apply(op, RoomBuilder.Context);

        Assert.Equal(code, result.Error?.Code);
        Assert.Empty(room.Threads);
    }

    [Fact]
    public void StartThread_ShouldHangOnAGap_WhenTheThreadIsInternalAndTheGapIsOpen()
    {
        var result = Room().Apply(new StartThread("th-gap", "C3", ThreadVisibility.Internal, "Ask Erik for the sponsor", []), RoomBuilder.Context);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(AnchorKind.Gap, result.State!.Threads["th-gap"].AnchorKind);
    }

    [Fact]
    public void StartThread_ShouldRefuseMentions_WhenTooManyOrNotIds()
    {
        var many = Enumerable.Range(0, CommentLimits.Mentions + 1).Select(i => $"user-{i}").ToList();

        Assert.Equal(ErrorCodes.OutOfRange, Room().Apply(new StartThread("th-1", "ve-1", ThreadVisibility.Shared, "Hi", [.. many]), RoomBuilder.Context).Error?.Code);
        Assert.Equal(ErrorCodes.InvalidValue, Room().Apply(new StartThread("th-1", "ve-1", ThreadVisibility.Shared, "Hi", ["not an id"]), RoomBuilder.Context).Error?.Code);
    }

    [Fact]
    public void ReplyResolveReopen_ShouldFollowOneAnother_WhenAppliedInOrder()
    {
        var state = new RoomBuilder().VisionElement("ve-1", VisionElementType.Concept)
            .With(new StartThread("th-1", "ve-1", ThreadVisibility.Shared, "Is this right?", [])).Build();

        state = state.Apply(new ReplyToThread("c-2", "th-1", "Yes", ["user-ann"]), Bea).State!;
        state = state.Apply(new ResolveThread("th-1"), Bea).State!;

        var thread = state.Threads["th-1"];
        Assert.Equal(["Is this right?", "Yes"], thread.Comments.Select(c => c.Text));
        Assert.Equal("Bea Presales", thread.Comments[1].AuthorName);
        Assert.True(thread.Resolved);
        Assert.Equal("Bea Presales", thread.ResolvedByName);
        Assert.Equal(ErrorCodes.InvalidState, state.Apply(new ResolveThread("th-1"), Bea).Error?.Code);
        Assert.Equal(ErrorCodes.DuplicateId, state.Apply(new ReplyToThread("c-2", "th-1", "Again", []), Bea).Error?.Code);
        Assert.Equal(ErrorCodes.NotFound, state.Apply(new ReplyToThread("c-3", "th-nope", "Hi", []), Bea).Error?.Code);

        var reopened = state.Apply(new ReopenThread("th-1"), Bea).State!;
        Assert.False(reopened.Threads["th-1"].Resolved);
        Assert.Null(reopened.Threads["th-1"].ResolvedByName);
        Assert.Equal(ErrorCodes.InvalidState, reopened.Apply(new ReopenThread("th-1"), Bea).Error?.Code);
    }

    [Fact]
    public void RemoveElement_ShouldTakeItsThreadsAlong_WhenTheAnchorIsDeleted()
    {
        var state = Room().Apply(new StartThread("th-1", "ve-2", ThreadVisibility.Shared, "Hi", []), RoomBuilder.Context).State!
            .Apply(new StartThread("th-2", "vl-1", ThreadVisibility.Internal, "Hi", []), RoomBuilder.Context).State!
            .Apply(new StartThread("th-3", "ve-1", ThreadVisibility.Internal, "Hi", []), RoomBuilder.Context).State!;

        var after = state.Apply(new RemoveElement("ve-2"), RoomBuilder.Context).State!;

        Assert.Equal(["th-3"], after.Threads.Keys);
    }

    [Fact]
    public void SuggestChange_ShouldOpenASharedPendingThread_WhenTheChangeAppliesToTheVisionMap()
    {
        var change = new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "One platform")));

        var result = Room().Apply(new SuggestChange("sg-1", "Our word for it", change), RoomBuilder.Context);

        Assert.True(result.Succeeded, result.Error?.Message);
        var thread = result.State!.Threads["sg-1"];
        Assert.Equal((ThreadVisibility.Shared, AnchorKind.Element, "ve-1"), (thread.Visibility, thread.AnchorKind, thread.AnchorId));
        Assert.Equal(SuggestionStatus.Pending, thread.Suggestion!.Status);
        Assert.Equal("Concept ve-1", result.State.VisionElements["ve-1"].Title);
    }

    [Fact]
    public void SuggestChange_ShouldBeRefused_WhenTheChangeIsOffTheVisionMapOrCannotApply()
    {
        var offMap = Room().Apply(new SuggestChange("sg-1", "Hi", new UpdateStakeholder("sh-seen", RoomBuilder.Fields(("stance", "Champion")))), RoomBuilder.Context);
        var invalid = Room().Apply(new SuggestChange("sg-1", "Hi", new UpdateVisionElement("ve-1", RoomBuilder.Fields(("title", "")))), RoomBuilder.Context);

        Assert.Equal(ErrorCodes.WrongType, offMap.Error?.Code);
        Assert.Equal(ErrorCodes.Required, invalid.Error?.Code);
    }

    [Fact]
    public void AcceptAndDecline_ShouldDecideOnceAndResolve_WhenTheSuggestionIsPending()
    {
        var state = Room().Apply(new SuggestChange("sg-1", "Add it", new AddVisionElement("ve-new", VisionElementType.Win, 0, 0, RoomBuilder.Fields(("title", "Promotion")))), RoomBuilder.Context).State!;
        Assert.Equal(AnchorKind.Room, state.Threads["sg-1"].AnchorKind);

        var accepted = state.Apply(new AcceptSuggestion("sg-1"), Bea).State!;
        var declined = state.Apply(new DeclineSuggestion("sg-1", "  Not now "), Bea);

        Assert.Equal((SuggestionStatus.Accepted, "Bea Presales", true), (accepted.Threads["sg-1"].Suggestion!.Status, accepted.Threads["sg-1"].Suggestion!.DecidedByName, accepted.Threads["sg-1"].Resolved));
        Assert.Equal("Not now", declined.State!.Threads["sg-1"].Suggestion!.Reason);
        Assert.Equal(ErrorCodes.InvalidState, accepted.Apply(new DeclineSuggestion("sg-1", null), Bea).Error?.Code);
        Assert.Equal(ErrorCodes.WrongType, Room().Apply(new StartThread("th-1", "ve-1", ThreadVisibility.Shared, "Hi", []), Bea).State!.Apply(new AcceptSuggestion("th-1"), Bea).Error?.Code);
    }

    [Fact]
    public void Snapshot_ShouldRoundTripThreadsExactly_WhenWrittenAndRead()
    {
        var state = Room()
            .Apply(new StartThread("th-1", "ve-1", ThreadVisibility.Shared, "Is this right?", ["user-bea"]), RoomBuilder.Context).State!
            .Apply(new ReplyToThread("c-2", "th-1", "Yes", []), Bea).State!
            .Apply(new ResolveThread("th-1"), Bea).State!
            .Apply(new SuggestChange("sg-1", "Rename", new UpdateVisionElement("ve-2", RoomBuilder.Fields(("title", "Slow quotes")))), Bea).State!;

        var json = SnapshotJson.ToJson(state);
        var read = SnapshotJson.Parse(json);

        Assert.Equal(json, SnapshotJson.ToJson(read));
        Assert.Equal(2, read.Threads.Count);
        Assert.Equal("user-bea", read.Threads["th-1"].Comments[0].Mentions.Single());
    }

    [Fact]
    public void Operations_ShouldRoundTripTheWireForm_WhenASuggestionNestsAChange()
    {
        var op = new SuggestChange("sg-1", "Rename", new UpdateVisionElement("ve-2", RoomBuilder.Fields(("title", "Slow quotes"))));

        var json = OperationJson.ToJson(op);
        var (read, error) = OperationJson.Parse(json);
        var (nested, nestedError) = OperationJson.Parse("""{"type":"suggestChange","id":"s","text":"t","change":{"type":"suggestChange","id":"s2","text":"t","change":{"type":"removeElement","id":"ve-1"}}}""");

        Assert.Null(error);
        Assert.Equal(json, OperationJson.ToJson(read!));
        Assert.Null(nested);
        Assert.Equal(ErrorCodes.WrongType, nestedError?.Code);
    }
}
