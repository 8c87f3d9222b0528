using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;

namespace DealRoom.Tests.Web.Access;

public class InvitePageTests
{
    [Fact]
    public async Task InvitePage_ShouldNameTheRoomAndWhoInvited_WhenTheLinkIsLive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct, "Northwind: cloud CRM");
        var (_, token) = await Customers.InviteAsync(server, roomId, ct);
        using var client = server.CreateHttpClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/invite/{token}", ct));

        Assert.Contains($"{DemoUsers.Owner.DisplayName}</strong><span> invited you to </span>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invite-room\">Northwind: cloud CRM</strong>", html, StringComparison.Ordinal);
    }
}
