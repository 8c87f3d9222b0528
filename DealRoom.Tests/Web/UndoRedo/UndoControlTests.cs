using Bunit;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.UndoRedo;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Web.UndoRedo;

/// <summary>The undo control on a real room session: its buttons follow the viewer's own changes in the op log.</summary>
public sealed class UndoControlTests(ServerFixture host) : BunitSetup, IClassFixture<ServerFixture>
{
    private static readonly RoomGrant Alex = new("u-alex", "Alex", ParticipantKind.Team, CanEdit: true);
    private static readonly RoomGrant Sam = new("u-sam", "Sam", ParticipantKind.Team, CanEdit: true);

    [Fact]
    public async Task Buttons_ShouldFollowTheViewersOwnChanges_AndUndoThem_WhenClicked()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var session = await NewRoomAsync();
        using var alex = session.Join(Alex, "conn-alex");
        using var sam = session.Join(Sam, "conn-sam");
        var cut = Render<UndoControl>(p => p.Add(x => x.Participant, alex));
        alex.Listen(view => new ValueTask(cut.InvokeAsync(() => cut.Instance.Notice(view))));
        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid=undo]").HasAttribute("disabled")));

        // A colleague's edit gives Alex nothing to undo; Alex's own does.
        await sam.SubmitAsync("op-sam", new AddStakeholder("sh-1", 0, 0, Fields(("name", "Olga"))), ct);
        await alex.SubmitAsync("op-alex", new UpdateStakeholder("sh-1", Fields(("title", "CFO"))), ct);
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=undo]").HasAttribute("disabled")));
        Assert.True(cut.Find("[data-testid=redo]").HasAttribute("disabled"));

        // Act
        await cut.InvokeAsync(() => cut.Find("[data-testid=undo]").Click());

        // Assert: Alex's title is gone, Sam's stakeholder stays; only redo is left.
        cut.WaitForAssertion(() =>
        {
            Assert.True(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
            Assert.False(cut.Find("[data-testid=redo]").HasAttribute("disabled"));
        });
        Assert.Null(session.State.Stakeholders["sh-1"].Title);
    }

    [Fact]
    public async Task Render_ShouldShowNoButtons_ToAViewer()
    {
        var session = await NewRoomAsync();
        using var viewer = session.Join(Alex with { CanEdit = false }, "conn-viewer");

        var cut = Render<UndoControl>(p => p.Add(x => x.Participant, viewer));

        Assert.Empty(cut.FindAll("[data-testid=undo]"));
    }

    private async Task<RoomSession> NewRoomAsync()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var roomId = await TestRooms.CreateAsync(host.Server, ct);
        return (await host.Server.GetService<RoomRegistry>().GetAsync(roomId, ct))!;
    }
}
