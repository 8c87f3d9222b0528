using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;

namespace DealRoom.Web.Features.History;

/// <summary>What a restore committed: the versions of its operations and what the room refused.</summary>
public sealed record RestoreOutcome(IReadOnlyList<long> Versions, IReadOnlyList<Rooms.RoomImportEndpoint.ImportRefusal> Refused);

/// <summary>
/// Submits a restore's operations in the caller's name through a participant of their own grant: ordinary operations,
/// each validated, acknowledged and broadcast. All are queued before the first is awaited, so they keep their order
/// and reach the op log together in one group commit where the room allows it.
/// </summary>
public static class HistorySubmitter
{
    public static async Task<RestoreOutcome> SubmitAsync(RoomSession session, RoomAccess rights, IReadOnlyList<Operation> operations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(operations);

        // A handful (or a room's worth) of operations from one authorised action: not the per-person limits' business.
        using var participant = session.Join(rights.ToGrant(), Ids.New("restore"), rateLimited: false);
        var pending = operations.Select(operation => participant.SubmitAsync(Ids.New("restore"), operation, ct)).ToList();
        var results = await Task.WhenAll(pending);
        var versions = new List<long>();
        var refused = new List<Rooms.RoomImportEndpoint.ImportRefusal>();
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Error is { } error)
            {
                refused.Add(new(operations[i].Type, error.ElementId, error.Code, error.Message));
            }
            else
            {
                versions.Add(results[i].Version);
            }
        }

        // One restore is one change for the caller's undo.
        await participant.GroupForUndoAsync(versions.Count, ct);
        return new RestoreOutcome(versions, refused);
    }
}
