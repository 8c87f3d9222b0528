using System.Security.Claims;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>The caller's in-app notifications (the bell): the latest, the unread count, marking them read.</summary>
public sealed class NotificationService(IDbContextFactory<DealRoomDbContext> contexts, ExpertEvents events, TimeProvider clock)
{
    public async Task<IReadOnlyList<NotificationDto>> LatestAsync(ClaimsPrincipal caller, int count, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || caller.UserId() is not { } userId)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).Take(Math.Clamp(count, 1, 100)).ToListAsync(cancellationToken);
        return [.. rows.Select(n => new NotificationDto(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt is not null))];
    }

    public async Task<int> UnreadAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || caller.UserId() is not { } userId)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    public async Task MarkAllReadAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!caller.IsTeamMember() || caller.UserId() is not { } userId)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        events.Raise(userId);
    }
}
