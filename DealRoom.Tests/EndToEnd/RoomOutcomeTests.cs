using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Experts;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace DealRoom.Tests.EndToEnd;

public class RoomOutcomeTests
{
    [Fact]
    public async Task OutcomeMenu_ShouldRecordTheDealAsWon_AndTheQueueShouldExplainTheRecord()
    {
        // Arrange: the deal owner has the demo room open; the manager has her queue open.
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var browser = await BrowserFixture.LaunchAsync();
        await using var ownerContext = await browser.NewUserAsync();
        await using var managerContext = await browser.NewUserAsync();
        var owner = await BrowserFixture.OpenRoomAsync(ownerContext, server, DemoUsers.Owner);
        var manager = await BrowserFixture.SignInAsync(managerContext, server.BaseUrl, DemoUsers.Manager.Email, DemoUsers.Manager.Password);
        await manager.Locator("[data-testid=expert-queue-link]").ClickAsync();
        var riley = manager.Locator($"[data-testid=expert-request][data-id={DemoExperts.RequestId}] [data-testid=candidate][data-user={DemoUsers.SecondExpert.Id}]");

        // Act
        await owner.Locator("[data-testid=room-outcome]").ClickAsync();
        await owner.Locator("[data-testid=room-outcome-Won]").ClickAsync();

        // Assert: the why reads the demo's record; the menu shows the outcome, which is saved.
        await Expect(riley).ToContainTextAsync("2 of 3 past deals won");
        await Expect(owner.Locator("[data-testid=room-outcome]")).ToContainTextAsync("Won on");
        await Eventually.TrueAsync(async () =>
        {
            await using var db = await server.GetService<IDbContextFactory<DealRoomDbContext>>().CreateDbContextAsync(ct);
            return await db.RoomOutcomes.AnyAsync(o => o.RoomId == DemoRoom.RoomId && o.Outcome == DealRoom.Domain.Rooms.DealOutcome.Won, ct);
        }, "the outcome was never saved");
    }
}
