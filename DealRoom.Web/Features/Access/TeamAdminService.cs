using System.Net.Mail;
using System.Security.Claims;
using DealRoom.Domain.Rooms;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Access;

/// <summary>A team member as the administrator sees them.</summary>
public sealed record TeamUserSummary(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string? Expertise, bool HasPassword, bool LockedOut);

/// <summary>A team member invited by the administrator, with the one-time link to set their password.</summary>
public sealed record InvitedTeamUser(TeamUserSummary User, string SetupPath);

/// <summary>The administrator's work: inviting team members with a role. Every method checks the caller is an administrator.</summary>
public sealed class TeamAdminService(UserManager<TeamUser> users, TimeProvider clock)
{
    public async Task<AccessResult<IReadOnlyList<TeamUserSummary>>> ListAsync(ClaimsPrincipal caller)
    {
        if (!IsAdministrator(caller))
        {
            return AccessResult<IReadOnlyList<TeamUserSummary>>.Forbidden("Only an administrator manages the team.");
        }

        var all = await users.Users.AsNoTracking().ToListAsync();
        var result = new List<TeamUserSummary>(all.Count);
        foreach (var user in all.OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase))
        {
            result.Add(await SummaryAsync(user));
        }

        return AccessResult<IReadOnlyList<TeamUserSummary>>.Ok(result);
    }

    /// <summary>Creates a team member without a password and returns the link (shown once) where they set it.</summary>
    public async Task<AccessResult<InvitedTeamUser>> InviteAsync(ClaimsPrincipal caller, string name, string email, string role, string? expertise)
    {
        if (!IsAdministrator(caller))
        {
            return AccessResult<InvitedTeamUser>.Forbidden("Only an administrator invites team members.");
        }

        name = name?.Trim() ?? string.Empty;
        email = email?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return AccessResult<InvitedTeamUser>.Fail(ErrorCodes.Required, "Give the team member's name (at most 200 characters).", "name");
        }

        if (email.Length > 256 || !MailAddress.TryCreate(email, out _))
        {
            return AccessResult<InvitedTeamUser>.Fail(ErrorCodes.InvalidValue, "Give a valid e-mail address.", "email");
        }

        if (!TeamRoles.All.Contains(role))
        {
            return AccessResult<InvitedTeamUser>.Fail(ErrorCodes.InvalidValue, "Pick one of the team roles.", "role");
        }

        if (expertise is { Length: > 2000 })
        {
            return AccessResult<InvitedTeamUser>.Fail(ErrorCodes.TooLong, "Expertise may be at most 2,000 characters.", "expertise");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccessResult<InvitedTeamUser>.Fail(ErrorCodes.DuplicateId, "A team member with that e-mail address already exists.", "email");
        }

        var user = new TeamUser
        {
            UserName = email,
            Email = email,
            DisplayName = name,
            Expertise = string.IsNullOrWhiteSpace(expertise) ? null : expertise.Trim(),
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return AccessResult<InvitedTeamUser>.Fail(ErrorCodes.InvalidValue, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return AccessResult<InvitedTeamUser>.Ok(new InvitedTeamUser(await SummaryAsync(user), $"/account/setup?user={user.Id}&code={code}"));
    }

    /// <summary>Sets a password with the one-time code from the setup link.</summary>
    public async Task<AccessResult<TeamUser>> SetPasswordAsync(string? userId, string? code, string password)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(code))
        {
            return AccessResult<TeamUser>.Fail(ErrorCodes.Unauthorized, "This set-up link is not valid. Ask your administrator for a new one.");
        }

        string token;
        try
        {
            token = System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return AccessResult<TeamUser>.Fail(ErrorCodes.Unauthorized, "This set-up link is not valid. Ask your administrator for a new one.");
        }

        var reset = await users.ResetPasswordAsync(user, token, password);
        return reset.Succeeded
            ? AccessResult<TeamUser>.Ok(user)
            : AccessResult<TeamUser>.Fail(
                reset.Errors.Any(e => e.Code == "InvalidToken") ? ErrorCodes.Unauthorized : ErrorCodes.InvalidValue,
                reset.Errors.Any(e => e.Code == "InvalidToken")
                    ? "This set-up link was already used or has expired. Ask your administrator for a new one."
                    : string.Join(" ", reset.Errors.Select(e => e.Description)),
                "password");
    }

    private static bool IsAdministrator(ClaimsPrincipal caller) => caller.IsTeamMember() && caller.IsInRole(TeamRoles.Administrator);

    private async Task<TeamUserSummary> SummaryAsync(TeamUser user) => new(
        user.Id, user.DisplayName, user.Email ?? string.Empty, [.. await users.GetRolesAsync(user)], user.Expertise,
        user.PasswordHash is not null, user.LockoutEnd > clock.GetUtcNow());
}
