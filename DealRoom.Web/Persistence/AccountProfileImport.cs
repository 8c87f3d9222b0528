using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>
/// Moves an account's profile from the former append-only <c>AccountEdits</c> table into the op log of the account's
/// sequencer, once, when the sequencer is first loaded and its log is still empty: each edit becomes the operation it
/// meant, in the same order, with its own author and time (so "recorded by … on …" stays true). The table is not
/// written any more; the demo seed still fills it and is imported the same way.
/// </summary>
internal static class AccountProfileImport
{
    public static async Task ImportAsync(DealRoomDbContext db, string roomId, string accountId, string name, CancellationToken cancellationToken)
    {
        if (await db.Operations.AnyAsync(o => o.RoomId == roomId, cancellationToken))
        {
            return;
        }

        var edits = await db.AccountEdits.AsNoTracking().Where(e => e.AccountId == accountId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var state = RoomState.Create(roomId, name);
        foreach (var edit in edits)
        {
            Operation operation = edit.Removed
                ? new RemoveAccountItem(edit.ItemId)
                : new SetAccountItem(edit.ItemId, edit.Kind, edit.Text, edit.Figure, edit.Period);
            var result = state.Apply(operation, new OperationContext(edit.AuthorId, edit.AuthorName, edit.At));
            if (!result.Succeeded)
            {
                continue;
            }

            state = result.State!;
            db.Operations.Add(new OperationRecord
            {
                RoomId = roomId, Version = state.Version, OpId = $"import-{edit.Id}", AuthorId = edit.AuthorId, AuthorName = edit.AuthorName,
                At = edit.At, Type = operation.Type, Payload = OperationJson.ToJson(result.Applied!),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node imported the same edits first (unique room and version): the log holds the same operations.
            db.ChangeTracker.Clear();
        }
    }
}
