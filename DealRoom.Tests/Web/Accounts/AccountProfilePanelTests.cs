using Bunit;
using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Accounts;

namespace DealRoom.Tests.Web.Accounts;

/// <summary>Correcting an item of the account's profile: based on its version, a conflict kept beside the editor's text, presence per item.</summary>
public class AccountProfilePanelTests : BunitSetup
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Save_ShouldKeepTheEditAndSayWhoChangedIt_WhenTheCorrectionIsRefusedAsChangedSince()
    {
        var requests = new List<AccountItemRequest>();
        var answers = new Queue<RoomError?>([new RoomError(ErrorCodes.ChangedSince, "Nina Brooks changed this item since (to \"Be best\").", "baseVersion"), null]);
        var cut = Render<AccountProfilePanel>(p => p
            .Add(c => c.Detail, Detail(new AccountItem("ai-1", AccountItemKind.Vision, "Be first", null, null, "Alex Carter", At, 3)))
            .Add(c => c.OnSave, r => { requests.Add(r); return Task.FromResult(answers.Dequeue()); }));

        cut.Find("button[aria-label='Correct Be first']").Click();
        cut.Find("[data-testid=item-save]").Click();

        Assert.Contains("Nina Brooks changed this item", cut.Find("[data-testid=item-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Keep mine", cut.Find("[data-testid=item-save]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, requests[0].BaseVersion);

        // The page meanwhile shows the newer version (5); keeping mine writes over it.
        cut.Render(p => p.Add(c => c.Detail, Detail(new AccountItem("ai-1", AccountItemKind.Vision, "Be best", null, null, "Nina Brooks", At, 5))));
        cut.Find("[data-testid=item-save]").Click();

        Assert.Equal((5L, "Be first"), (requests[1].BaseVersion!.Value, requests[1].Text!));
        Assert.Empty(cut.FindAll("[data-testid=item-conflict]"));
    }

    [Fact]
    public void Render_ShouldSayWhoIsEditingAnItem_WhenAnotherParticipantSelectedIt()
    {
        var nina = new Participant("c-nina", "u-nina", "Nina Brooks", "#123456", ParticipantKind.Team, ["ai-1"], At);
        var self = new Participant("c-self", "u-alex", "Alex Carter", "#654321", ParticipantKind.Team, ["ai-1"], At);

        var cut = Render<AccountProfilePanel>(p => p
            .Add(c => c.Detail, Detail(new AccountItem("ai-1", AccountItemKind.Vision, "Be first", null, null, "Alex Carter", At, 3)))
            .Add(c => c.Present, [nina, self])
            .Add(c => c.OwnConnection, "c-self"));

        var editing = Assert.Single(cut.FindAll("[data-testid=item-editing]"));
        Assert.Equal("Nina Brooks is editing", editing.TextContent.Trim());
    }

    private static AccountDetail Detail(params AccountItem[] items) => new("acc-1", "Northwind", null, true, 5, items, []);
}
