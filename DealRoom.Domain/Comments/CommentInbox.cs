using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Comments;

/// <summary>One thread's unread comments for one person, and how many of those mention them.</summary>
public sealed record ThreadUnread(int Unread, int Mentions);

/// <summary>
/// One person's unread comments in the room as they may see it: per thread, the comments past their read marker that
/// others wrote. Computed from the viewer's own view of the room (a customer's projection holds no internal thread),
/// so a count can never say more than the threads it counts.
/// </summary>
public sealed record CommentInbox(int Unread, int Mentions, IReadOnlyDictionary<string, ThreadUnread> Threads)
{
    public static readonly CommentInbox Empty = new(0, 0, new Dictionary<string, ThreadUnread>());

    /// <param name="view">The room as the reader may see it.</param>
    /// <param name="userId">The reader.</param>
    /// <param name="readCounts">How many comments of each thread the reader has seen (absent: none).</param>
    public static CommentInbox For(RoomState view, string userId, IReadOnlyDictionary<string, int> readCounts)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(readCounts);
        var threads = new Dictionary<string, ThreadUnread>(StringComparer.Ordinal);
        int unread = 0, mentions = 0;
        foreach (var thread in view.Threads.Values)
        {
            var seen = readCounts.GetValueOrDefault(thread.Id);
            var fresh = thread.Comments.Skip(seen).Where(c => c.AuthorId != userId).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            var mentioned = fresh.Count(c => c.Mentions.Contains(userId));
            threads[thread.Id] = new ThreadUnread(fresh.Count, mentioned);
            unread += fresh.Count;
            mentions += mentioned;
        }

        return new CommentInbox(unread, mentions, threads);
    }
}
