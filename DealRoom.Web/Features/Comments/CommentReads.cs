using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Comments;

/// <summary>Each person's read markers per thread: the ground of their unread counts, kept out of the op log.</summary>
public sealed class CommentReads(IDbContextFactory<DealRoomDbContext> contexts, TimeProvider clock)
{
    /// <summary>How many comments of each thread the user has seen in the room.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReadCountsAsync(string roomId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CommentReads.AsNoTracking()
            .Where(r => r.RoomId == roomId && r.UserId == userId)
            .ToDictionaryAsync(r => r.ThreadId, r => r.ReadCount, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Marks the first <paramref name="count"/> comments of a thread read; a marker never moves back.</summary>
    public async Task MarkReadAsync(string roomId, string userId, string threadId, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.CommentReads.FirstOrDefaultAsync(r => r.RoomId == roomId && r.UserId == userId && r.ThreadId == threadId, cancellationToken);
        if (record is null)
        {
            db.CommentReads.Add(new CommentReadRecord { RoomId = roomId, UserId = userId, ThreadId = threadId, ReadCount = count, ReadAt = clock.GetUtcNow() });
        }
        else if (record.ReadCount < count)
        {
            record.ReadCount = count;
            record.ReadAt = clock.GetUtcNow();
        }
        else
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two of the user's own tabs marked the same thread at once: the other one's marker stands, which is as
            // good as this one (both are the user's).
        }
    }
}
