using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Access;

/// <summary>
/// Creates the team roles; outside Production seeds the demo team into an empty user table; in Production creates
/// only the first administrator from configuration, and refuses a published or missing-strength password.
/// </summary>
public sealed partial class AccessSeeder(
    UserManager<TeamUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<DealRoomDbContext> contexts,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<AccessSeeder> logger) : IDatabaseSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in TeamRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        if (environment.IsProduction())
        {
            await BootstrapAdministratorAsync();
            return;
        }

        if (configuration.GetValue("Demo:Seed", true))
        {
            await SeedDemoTeamAsync(cancellationToken);
        }
    }

    private async Task BootstrapAdministratorAsync()
    {
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            LogNoAdministrator();
            return;
        }

        if (DemoUsers.IsPublished(password))
        {
            throw new InvalidOperationException(
                "Admin:Password is one of the published demo passwords. Choose your own before starting in Production.");
        }

        var admin = new TeamUser { UserName = email, Email = email, DisplayName = "Administrator", EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password), email);
        Check(await users.AddToRoleAsync(admin, TeamRoles.Administrator), email);
    }

    private async Task SeedDemoTeamAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var demoRoomExists = await db.Rooms.AnyAsync(r => r.Id == DemoRoom.RoomId, cancellationToken);
        foreach (var demo in DemoUsers.All)
        {
            var user = new TeamUser
            {
                Id = demo.Id,
                UserName = demo.Email,
                Email = demo.Email,
                DisplayName = demo.DisplayName,
                Expertise = demo.Expertise,
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(user, demo.Password), demo.Email);
            Check(await users.AddToRoleAsync(user, demo.TeamRole), demo.Email);
            if (demoRoomExists && demo.DemoRoomRole is { } role)
            {
                db.RoomMembers.Add(new RoomMemberRecord { RoomId = DemoRoom.RoomId, UserId = user.Id, Role = role, AddedAt = clock.GetUtcNow() });
            }

            if (demo.TeamRole == TeamRoles.ExecutiveAccountManager)
            {
                db.AccountManagers.AddRange(DemoAccounts.Managed.Select(a => new AccountManagerRecord { AccountId = a, UserId = user.Id }));
            }
        }

        Experts.DemoExperts.Seed(db, demoRoomExists, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(DemoUsers.All.Count);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo users")]
    private partial void LogSeeded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No users and no Admin:Email / Admin:Password configured: nobody can sign in until an administrator is configured.")]
    private partial void LogNoAdministrator();
}
