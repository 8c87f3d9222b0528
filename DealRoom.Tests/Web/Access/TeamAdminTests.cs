using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Web;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Web.Access;

public sealed class TeamAdminTests
{
    [Fact]
    public async Task Administrator_ShouldInviteATeamMember_WhoSetsTheirPasswordOnceAndSignsIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        await using var scope = server.Services.CreateAsyncScope();
        var team = scope.ServiceProvider.GetRequiredService<TeamAdminService>();
        var admin = await PrincipalAsync(scope, "admin@dealroom.demo");

        var invited = await team.InviteAsync(admin, "Kim Lee", "kim@dealroom.demo", TeamRoles.DomainExpert, "Legal, Procurement");
        Assert.True(invited.Succeeded, invited.Error?.Message);
        var query = HttpUtility.ParseQueryString(new Uri("http://x" + invited.Value!.SetupPath).Query);

        var first = await team.SetPasswordAsync(query["user"], query["code"], "KimsOwn-Password1");
        var again = await team.SetPasswordAsync(query["user"], query["code"], "Another-Password2");

        Assert.True(first.Succeeded, first.Error?.Message);
        Assert.Equal(ErrorCodes.Unauthorized, again.Error?.Code);
        var token = await server.TokenAsync("kim@dealroom.demo", "KimsOwn-Password1", ct);
        Assert.False(string.IsNullOrEmpty(token));
        var listed = await team.ListAsync(admin);
        Assert.Contains(listed.Value!, u => u.Email == "kim@dealroom.demo" && u.Roles.Contains(TeamRoles.DomainExpert) && u.HasPassword);
    }

    [Fact]
    public async Task NonAdministrator_ShouldBeForbidden_FromInvitingOrListingTheTeam()
    {
        await using var server = new DealRoomServer();
        await using var scope = server.Services.CreateAsyncScope();
        var team = scope.ServiceProvider.GetRequiredService<TeamAdminService>();
        var owner = await PrincipalAsync(scope, DemoUsers.Owner.Email);

        var invited = await team.InviteAsync(owner, "Mallory", "mallory@dealroom.demo", TeamRoles.Administrator, null);
        var listed = await team.ListAsync(owner);

        Assert.Equal(ErrorCodes.Forbidden, invited.Error?.Code);
        Assert.Equal(ErrorCodes.Forbidden, listed.Error?.Code);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<TeamUser>>().FindByEmailAsync("mallory@dealroom.demo"));
    }

    [Fact]
    public async Task AdminPage_ShouldNotOpen_ForAnonymousCallers()
    {
        await using var server = new DealRoomServer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.BaseUrl) };

        using var response = await client.GetAsync("/admin/team", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(AsyncServiceScope scope, string email)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TeamUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<TeamUser>>();
        return await factory.CreateAsync((await users.FindByEmailAsync(email))!);
    }
}
