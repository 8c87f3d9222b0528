using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// Tells people about expert requests: an in-app notification (the bell) and a message in the outbox for whatever
/// mail sender is configured later. Both are written in the caller's unit of work, so they exist exactly when the
/// change they announce does.
/// </summary>
public static class Notifier
{
    public static async Task AddAsync(DealRoomDbContext db, string userId, string text, string? link, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Notifications.Add(new NotificationRecord { UserId = userId, Text = text, Link = link, CreatedAt = at });
        var email = await db.Set<TeamUser>().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrEmpty(email))
        {
            db.Outbox.Add(new OutboxMessageRecord
            {
                To = email,
                Subject = "DealRoom: " + (text.Length > 120 ? text[..120] + "…" : text),
                Body = link is null ? text : $"{text}\n\nOpen it in DealRoom: {link}",
                CreatedAt = at,
            });
        }
    }
}
