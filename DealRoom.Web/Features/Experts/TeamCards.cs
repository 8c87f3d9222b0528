using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Team;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// Keeps linked team cards true to the people they stand for, from the server, through the room's ordinary op
/// core (so everyone in the room sees the change at once and the op log records who caused it): a member added to
/// a room gets their card, a member removed loses it, and a profile change updates every card of that person.
/// </summary>
public sealed partial class TeamCards(
    RoomRegistry registry,
    IDbContextFactory<DealRoomDbContext> contexts,
    UserManager<TeamUser> users,
    ILogger<TeamCards> logger)
{
    private const double CardSpacing = 320;
    private const double TeamRowY = 660;

    /// <summary>Puts the user's linked card on the room's map unless it is already there; in the actor's name.</summary>
    public async Task EnsureCardAsync(string roomId, TeamUser user, RoomRole roomRole, Author actor, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(roomId, cancellationToken);
        if (session is null || session.State.TeamMembers.Values.Any(t => t.UserId == user.Id))
        {
            return;
        }

        // A card drawn by hand for this person before they joined becomes theirs, rather than a second card.
        var drawn = session.State.TeamMembers.Values.FirstOrDefault(t =>
            !t.IsLinked && !t.Partner && string.Equals(t.Name.Trim(), user.DisplayName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (drawn is not null)
        {
            var link = new Dictionary<string, string?> { ["userId"] = user.Id, ["name"] = user.DisplayName, ["expertise"] = await ExpertiseAsync(user, cancellationToken) };
            await SubmitAsync(session, actor, new UpdateTeamMember(drawn.Id, link), cancellationToken);
            return;
        }

        var roles = await users.GetRolesAsync(user);
        var (x, y) = NextSlot(session.State);
        var fields = new Dictionary<string, string?>
        {
            ["name"] = user.DisplayName,
            ["role"] = CardRole(roles, roomRole).ToString(),
            ["expertise"] = await ExpertiseAsync(user, cancellationToken),
            ["userId"] = user.Id,
        };
        await SubmitAsync(session, actor, new AddTeamMember(Ids.New("tm"), x, y, fields), cancellationToken);
    }

    /// <summary>
    /// Takes the user's linked cards off the room's map (with the coverage they held): someone who left the room no
    /// longer covers anyone for the team, and the C rules should say so.
    /// </summary>
    public async Task RemoveCardsAsync(string roomId, string userId, Author actor, CancellationToken cancellationToken)
    {
        var session = await registry.GetAsync(roomId, cancellationToken);
        if (session is null)
        {
            return;
        }

        foreach (var card in session.State.TeamMembers.Values.Where(t => t.UserId == userId).ToList())
        {
            await SubmitAsync(session, actor, new RemoveElement(card.Id), cancellationToken);
        }
    }

    /// <summary>Brings the name and expertise of every linked card of the user in line with their profile.</summary>
    public async Task SyncProfileAsync(string userId, Author actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return;
        }

        var expertise = await ExpertiseAsync(user, cancellationToken);
        List<string> roomIds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Members' rooms, and the rooms of the accounts they manage (where an account manager's card may be too).
            var accounts = db.AccountManagers.Where(m => m.UserId == userId).Select(m => m.AccountId);
            roomIds = await db.RoomMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.RoomId)
                .Union(db.Rooms.Where(r => r.AccountId != null && accounts.Contains(r.AccountId)).Select(r => r.Id))
                .ToListAsync(cancellationToken);
        }

        foreach (var roomId in roomIds)
        {
            var session = await registry.GetAsync(roomId, cancellationToken);
            foreach (var card in session?.State.TeamMembers.Values.Where(t => t.UserId == userId).ToList() ?? [])
            {
                if (card.Name != user.DisplayName || (card.Expertise ?? string.Empty) != (expertise ?? string.Empty))
                {
                    var fields = new Dictionary<string, string?> { ["name"] = user.DisplayName, ["expertise"] = expertise };
                    await SubmitAsync(session!, actor, new UpdateTeamMember(card.Id, fields), cancellationToken);
                }
            }
        }
    }

    /// <summary>The user's expertise as a card shows it: the directory's areas, else the free text of their account.</summary>
    public async Task<string?> ExpertiseAsync(TeamUser user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.ExpertiseAreas.AsNoTracking().Where(a => a.UserId == user.Id)
            .OrderByDescending(a => a.Proficiency).ThenBy(a => a.Id).Select(a => a.Area).ToListAsync(cancellationToken);
        return areas.Count > 0 ? string.Join(", ", areas) : user.Expertise;
    }

    private static TeamRole CardRole(IList<string> roles, RoomRole roomRole) =>
        roles.Contains(TeamRoles.DomainExpert) ? TeamRole.DomainExpert
        : roles.Contains(TeamRoles.ExecutiveAccountManager) ? TeamRole.ExecutiveAccountManager
        : roomRole == RoomRole.Owner ? TeamRole.DealOwner
        : TeamRole.Seller;

    /// <summary>To the right of the team's row of cards, or the row's start on an empty map.</summary>
    private static (double X, double Y) NextSlot(RoomState state)
    {
        var team = state.TeamMembers.Values;
        if (!team.Any())
        {
            return (140, TeamRowY);
        }

        var last = team.MaxBy(t => t.X)!;
        return (last.X + CardSpacing, last.Y);
    }

    private async Task SubmitAsync(RoomSession session, Author actor, Operation operation, CancellationToken cancellationToken)
    {
        // The server's own follow-up of an authorised change: not subject to the per-person submission limits.
        using var participant = session.Join(new RoomGrant(actor.Id, actor.Name, ParticipantKind.Team, CanEdit: true), Ids.New("cards"), rateLimited: false);
        var result = await participant.SubmitAsync(Ids.New("cards"), operation, cancellationToken);
        if (result.Error is { } error)
        {
            LogRefused(session.RoomId, operation.Type, error.Code, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: the linked card's {Type} was refused ({Code}: {Message})")]
    private partial void LogRefused(string roomId, string type, string code, string message);
}
