using Bunit;
using DealRoom.Domain.Comments;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Comments;

namespace DealRoom.Tests.Web.Comments;

/// <summary>The comments panel on a real room session: what it shows, and the operations it submits.</summary>
public sealed class CommentsPanelTests(ServerFixture fixture) : BunitSetup, IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Render_ShouldMarkEachThreadInternalOrShared_AndCountTheOthersUnreadComments()
    {
        var (session, ownerId) = await RoomAsync();
        var bea = session.Join(new RoomGrant("u-bea", "Bea", ParticipantKind.Team, CanEdit: true), "conn-bea");
        await bea.SubmitAsync("op-1", new StartThread("th-int", "ve-1", ThreadVisibility.Internal, "Team doubt", [ownerId]), Xunit.TestContext.Current.CancellationToken);
        await bea.SubmitAsync("op-2", new StartThread("th-sh", "ve-1", ThreadVisibility.Shared, "For the customer", []), Xunit.TestContext.Current.CancellationToken);
        var comments = await StateAsync(session, new RoomGrant(ownerId, "Alex Carter", ParticipantKind.Team, CanEdit: true));
        Assert.Equal((2, 1), (comments.Inbox.Unread, comments.Inbox.Mentions));

        var cut = Render<CommentsPanel>(p => p.Add(x => x.Comments, comments).Add(x => x.State, session.State));

        var chips = cut.FindAll("[data-testid=comment-thread]")
            .ToDictionary(t => t.GetAttribute("data-thread-id")!, t => t.QuerySelector("[data-testid=thread-visibility]")!.TextContent.Trim());
        Assert.Equal("Internal", chips["th-int"]);
        Assert.Equal("Shared with customer", chips["th-sh"]);

        // Shown threads are read: the counts go to zero once the panel has rendered them, and stay there on reload.
        cut.WaitForAssertion(() => Assert.Equal(0, comments.Inbox.Unread));
        await Eventually.TrueAsync(
            async () => (await StateAsync(session, new RoomGrant(ownerId, "Alex Carter", ParticipantKind.Team, CanEdit: true))).Inbox.Unread == 0,
            "the read markers were not kept");
    }

    [Fact]
    public async Task Post_ShouldStartAThreadMentioningThePickedMember_WhenTypedWithAnAt()
    {
        var (session, ownerId) = await RoomAsync();
        var comments = await StateAsync(session, new RoomGrant(ownerId, "Alex Carter", ParticipantKind.Team, CanEdit: true));
        var cut = Render<CommentsPanel>(p => p.Add(x => x.Comments, comments).Add(x => x.State, session.State).Add(x => x.SelectedId, "ve-1"));

        cut.Find("[data-testid=new-comment] textarea").Input("Please check @Al");
        cut.WaitForAssertion(() => Assert.Contains("Alex Carter", cut.Find("[data-testid=mention-option]").TextContent, StringComparison.Ordinal));
        cut.Find("[data-testid=mention-option]").Click();
        cut.Find("[data-testid=post-comment]").Click();

        await Eventually.TrueAsync(() => !session.State.Threads.IsEmpty, "no thread was started");
        var thread = session.State.Threads.Values.Single();
        Assert.Equal((ThreadVisibility.Internal, "ve-1"), (thread.Visibility, thread.AnchorId));
        Assert.Equal("Please check @Alex Carter", thread.Opening.Text);
        Assert.Equal([ownerId], thread.Opening.Mentions);
    }

    [Fact]
    public async Task Render_ShouldOfferACustomerOnlySharedThreads_AndNoVisibilityChoice()
    {
        var (session, ownerId) = await RoomAsync();
        var owner = session.Join(new RoomGrant(ownerId, "Alex Carter", ParticipantKind.Team, CanEdit: true), "conn-owner");
        await owner.SubmitAsync("op-1", new StartThread("th-int", "ve-1", ThreadVisibility.Internal, "SECRET team doubt", []), Xunit.TestContext.Current.CancellationToken);
        var customer = session.Join(new RoomGrant("c-carla", "Carla", ParticipantKind.Customer, CanEdit: false), "conn-carla");
        var comments = new CommentsState(customer, fixture.Server.GetService<CommentReads>(), fixture.Server.GetService<CommentMembers>());
        await comments.LoadAsync(customer.State, Xunit.TestContext.Current.CancellationToken);

        var cut = Render<CommentsPanel>(p => p.Add(x => x.Comments, comments).Add(x => x.State, customer.State).Add(x => x.SelectedId, "ve-1"));
        cut.Find("[data-testid=new-comment] textarea").Input("Why this concept?");
        cut.Find("[data-testid=post-comment]").Click();

        Assert.DoesNotContain("SECRET", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=visibility-internal]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=new-suggestion]"));
        await Eventually.TrueAsync(() => session.State.Threads.Count == 2, "the customer's thread was not started");
        Assert.Equal(ThreadVisibility.Shared, session.State.Threads.Values.Single(t => t.Id != "th-int").Visibility);
    }

    private async Task<(RoomSession Session, string OwnerId)> RoomAsync()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(fixture.Server, ct);
        var session = (await fixture.Server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
        var owner = (await fixture.Server.GetService<CommentMembers>().ListAsync(roomId, ct)).Single();
        var team = session.Join(new RoomGrant(owner.UserId, owner.Name, ParticipantKind.Team, CanEdit: true), "conn-setup");
        await team.SubmitAsync("op-ve", new AddVisionElement("ve-1", VisionElementType.Concept, 0, 0, RoomBuilder.Fields(("title", "One CRM"))), ct);
        return (session, owner.UserId);
    }

    private async Task<CommentsState> StateAsync(RoomSession session, RoomGrant grant)
    {
        var participant = session.Join(grant, Ids.New("conn"));
        var comments = new CommentsState(participant, fixture.Server.GetService<CommentReads>(), fixture.Server.GetService<CommentMembers>());
        await comments.LoadAsync(participant.State, Xunit.TestContext.Current.CancellationToken);
        return comments;
    }
}
