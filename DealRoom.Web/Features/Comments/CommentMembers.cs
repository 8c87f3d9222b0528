using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Comments;

/// <summary>
/// Who can be mentioned in a room: its team members. The domain checks a mention's shape on every replica; only the
/// server knows the room's members, so every path that submits a comment (hub, page) checks them here first.
/// </summary>
public sealed class CommentMembers(IDbContextFactory<DealRoomDbContext> contexts) : IMentionCheck
{
    public async Task<IReadOnlyList<Mentionable>> ListAsync(string roomId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await db.RoomMembers.AsNoTracking().Where(m => m.RoomId == roomId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Mentionable(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Null when every mention of the operation names a member of the room (or it mentions nobody).</summary>
    public async Task<RoomError?> CheckAsync(string roomId, Operation operation, CancellationToken cancellationToken)
    {
        var mentions = operation switch
        {
            StartThread op => op.Mentions,
            ReplyToThread op => op.Mentions,
            _ => [],
        };
        if (mentions.Count == 0)
        {
            return null;
        }

        var members = (await ListAsync(roomId, cancellationToken)).Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        return mentions.FirstOrDefault(m => !members.Contains(m)) is { } stranger
            ? new RoomError(ErrorCodes.InvalidValue, "Only members of this room can be mentioned.", "mentions", stranger)
            : null;
    }
}
