using System.Net.Mail;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Access;

/// <summary>A new invitation and its token, which is shown once and never stored.</summary>
public sealed record CreatedInvitation(InvitationRecord Invitation, string Token);

/// <summary>What the owner fills in to invite a customer.</summary>
public sealed record InvitationRequest(string Name, string Email, InvitationRights Rights, string? StakeholderId = null, int ExpiresInDays = 14);

/// <summary>Customer invitations: created and revoked by the room's owner, redeemed by the customer with the link.</summary>
public sealed class InvitationService(
    IDbContextFactory<DealRoomDbContext> contexts,
    RoomRegistry rooms,
    AccessEvents events,
    TimeProvider clock) : IInvitationTracker
{
    public const int TokenBytes = 32;

    public async Task<AccessResult<CreatedInvitation>> CreateAsync(
        ClaimsPrincipal caller, string roomId, InvitationRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsOwnerAsync(db, caller, roomId, cancellationToken))
        {
            return AccessResult<CreatedInvitation>.Forbidden("Only the room's owner can invite customers.");
        }

        var name = request.Name?.Trim() ?? string.Empty;
        var email = request.Email?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            return AccessResult<CreatedInvitation>.Fail(ErrorCodes.Required, "Give the customer's name (at most 200 characters).", "name");
        }

        if (email.Length > 320 || !MailAddress.TryCreate(email, out _))
        {
            return AccessResult<CreatedInvitation>.Fail(ErrorCodes.InvalidValue, "Give a valid e-mail address.", "email");
        }

        if (request.ExpiresInDays is < 1 or > 90 || !Enum.IsDefined(request.Rights))
        {
            return AccessResult<CreatedInvitation>.Fail(ErrorCodes.OutOfRange, "An invitation lasts 1 to 90 days.", "expiresInDays");
        }

        if (request.StakeholderId is { Length: > 0 } stakeholderId)
        {
            var session = await rooms.GetAsync(roomId, cancellationToken);
            if (session is null || !session.State.Stakeholders.ContainsKey(stakeholderId))
            {
                return AccessResult<CreatedInvitation>.Fail(ErrorCodes.NotFound, "That stakeholder is not in this room.", "stakeholderId");
            }
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = clock.GetUtcNow();
        var invitation = new InvitationRecord
        {
            Id = Ids.New("inv"),
            RoomId = roomId,
            Name = name,
            Email = email,
            Rights = request.Rights,
            StakeholderId = string.IsNullOrEmpty(request.StakeholderId) ? null : request.StakeholderId,
            TokenHash = Hash(token),
            CreatedByUserId = caller.UserId()!,
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.ExpiresInDays),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return AccessResult<CreatedInvitation>.Ok(new CreatedInvitation(invitation, token));
    }

    /// <summary>Checks an invitation token and records the customer's name: the way in for a customer.</summary>
    public async Task<AccessResult<InvitationRecord>> RedeemAsync(string? token, string? name, CancellationToken cancellationToken)
    {
        var customerName = name?.Trim() ?? string.Empty;
        if (customerName.Length is 0 or > 200)
        {
            return AccessResult<InvitationRecord>.Fail(ErrorCodes.Required, "Please give your name (at most 200 characters).", "name");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invitation = await FindLiveAsync(db, token, cancellationToken);
        if (invitation.Error is not null)
        {
            return invitation;
        }

        var record = invitation.Value!;
        record.AcceptedName = customerName;
        record.LastUsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return AccessResult<InvitationRecord>.Ok(record);
    }

    /// <summary>Looks a token up without using it (the invitation page shows who it is for).</summary>
    public async Task<AccessResult<InvitationRecord>> PeekAsync(string? token, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindLiveAsync(db, token, cancellationToken);
    }

    /// <summary>
    /// The room and the inviter's name for an invitation's landing page: the room's name from its open session, else
    /// its stored summary, else the name it was created with.
    /// </summary>
    public async Task<InvitationWelcome> WelcomeAsync(InvitationRecord invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inviter = await db.Users.Where(u => u.Id == invitation.CreatedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        inviter = string.IsNullOrWhiteSpace(inviter) ? null : inviter;
        if (rooms.Loaded(invitation.RoomId) is { } session)
        {
            var profile = session.State.Profile;
            return new InvitationWelcome(profile.Name, profile.CustomerName, inviter);
        }

        var summary = await db.RoomSummaries.Where(r => r.RoomId == invitation.RoomId)
            .Select(r => new { r.Name, r.CustomerName }).FirstOrDefaultAsync(cancellationToken);
        var name = summary?.Name
            ?? await db.Rooms.Where(r => r.Id == invitation.RoomId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken)
            ?? "a deal room";
        return new InvitationWelcome(name, summary?.CustomerName, inviter);
    }

    public async Task<AccessResult<bool>> RevokeAsync(ClaimsPrincipal caller, string roomId, string invitationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsOwnerAsync(db, caller, roomId, cancellationToken))
        {
            return AccessResult<bool>.Forbidden("Only the room's owner can revoke invitations.");
        }

        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.RoomId == roomId, cancellationToken);
        if (invitation is null)
        {
            return AccessResult<bool>.Fail(ErrorCodes.NotFound, "There is no such invitation in this room.");
        }

        invitation.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        events.RaiseInvitationRevoked(roomId, invitationId);
        return AccessResult<bool>.Ok(true);
    }

    /// <summary>
    /// The room's invitations, newest first: for its owners only, who may invite. They name customers and their e-mail
    /// addresses, which the room's other members have no need to see.
    /// </summary>
    public async Task<AccessResult<IReadOnlyList<InvitationRecord>>> ListAsync(ClaimsPrincipal caller, string roomId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsOwnerAsync(db, caller, roomId, cancellationToken))
        {
            return AccessResult<IReadOnlyList<InvitationRecord>>.Forbidden("Only the room's owner can see its invitations.");
        }

        var invitations = await db.Invitations.AsNoTracking().Where(i => i.RoomId == roomId).ToListAsync(cancellationToken);
        return AccessResult<IReadOnlyList<InvitationRecord>>.Ok(invitations.OrderByDescending(i => i.CreatedAt).ToList());
    }

    /// <summary>Records that a customer used their invitation now.</summary>
    public async Task TouchAsync(string invitationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Invitations.Where(i => i.Id == invitationId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastUsedAt, now), cancellationToken);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task<AccessResult<InvitationRecord>> FindLiveAsync(DealRoomDbContext db, string? token, CancellationToken cancellationToken)
    {
        const string invalid = "This invitation link is not valid. Ask the person who invited you for a new one.";
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return AccessResult<InvitationRecord>.Fail(ErrorCodes.Unauthorized, invalid);
        }

        var hash = Hash(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation?.StatusAt(clock.GetUtcNow()) switch
        {
            null => AccessResult<InvitationRecord>.Fail(ErrorCodes.Unauthorized, invalid),
            InvitationStatus.Revoked => AccessResult<InvitationRecord>.Fail(ErrorCodes.Unauthorized, "This invitation was revoked."),
            InvitationStatus.Expired => AccessResult<InvitationRecord>.Fail(ErrorCodes.Unauthorized, "This invitation has expired. Ask for a new one."),
            _ => AccessResult<InvitationRecord>.Ok(invitation),
        };
    }

    private static async Task<bool> IsOwnerAsync(DealRoomDbContext db, ClaimsPrincipal caller, string roomId, CancellationToken cancellationToken) =>
        caller.IsTeamMember()
        && await db.RoomMembers.AnyAsync(m => m.RoomId == roomId && m.UserId == caller.UserId() && m.Role == RoomRole.Owner, cancellationToken);
}
