using System.Collections.Concurrent;
using DealRoom.Web.Access;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// The hub connections in each room with their access, so a revoked invitation or a removed member is cut off
/// at once, and the broadcaster knows whether a room has customers to project for.
/// </summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Joined>> _rooms = new(StringComparer.Ordinal);
    private readonly IHubContext<DealRoomHub, IDealRoomClient> _hub;

    public HubConnections(IHubContext<DealRoomHub, IDealRoomClient> hub, AccessEvents events)
    {
        _hub = hub;
        events.InvitationRevoked += (roomId, invitationId) =>
            _ = EndAsync(roomId, j => j.Access.InvitationId == invitationId, "Your invitation to this room was revoked.");
        events.MemberRemoved += (roomId, userId) =>
            _ = EndAsync(roomId, j => !j.Access.IsCustomer && j.Access.UserId == userId, "You were removed from this room.");
    }

    public void Add(string roomId, HubCallerContext context, RoomAccess access) =>
        _rooms.GetOrAdd(roomId, _ => new(StringComparer.Ordinal))[context.ConnectionId] = new Joined(context, access);

    public void Remove(string roomId, string connectionId)
    {
        if (_rooms.TryGetValue(roomId, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    public bool HasCustomers(string roomId) =>
        _rooms.TryGetValue(roomId, out var connections) && connections.Values.Any(j => j.Access.IsCustomer);

    /// <summary>This node's hub connections in a room, team and customers apart.</summary>
    public (IReadOnlyList<string> Team, IReadOnlyList<string> Customers) ConnectionsIn(string roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var connections))
        {
            return ([], []);
        }

        var joined = connections.ToList();
        return ([.. joined.Where(c => !c.Value.Access.IsCustomer).Select(c => c.Key)],
            [.. joined.Where(c => c.Value.Access.IsCustomer).Select(c => c.Key)]);
    }

    private async Task EndAsync(string roomId, Func<Joined, bool> match, string reason)
    {
        if (!_rooms.TryGetValue(roomId, out var connections))
        {
            return;
        }

        foreach (var (connectionId, joined) in connections.Where(c => match(c.Value)).ToList())
        {
            // Cut off at once: no more broadcasts; Submit and GetChanges in the room answer not_joined, Select is ignored.
            connections.TryRemove(connectionId, out _);
            DealRoomHub.Forget(joined.Context, roomId);
            await _hub.Groups.RemoveFromGroupAsync(connectionId, HubGroups.Team(roomId));
            await _hub.Groups.RemoveFromGroupAsync(connectionId, HubGroups.Customers(roomId));
            await _hub.Clients.Client(connectionId).SessionEnded(new SessionEndedMessage(roomId, Domain.Rooms.ErrorCodes.Forbidden, reason));

            // Aborting at once can drop SessionEnded before the transport sent it; a well-behaved client closes when
            // it reads it, and the server closes the connection after a grace period in any case.
            _ = AbortAfterGraceAsync(joined.Context);
        }
    }

    /// <summary>How long a cut-off connection has to read its SessionEnded before the server closes it.</summary>
    internal static TimeSpan AbortGrace { get; } = TimeSpan.FromSeconds(1);

    private static async Task AbortAfterGraceAsync(HubCallerContext context)
    {
        try
        {
            await Task.Delay(AbortGrace, context.ConnectionAborted);
        }
        catch (OperationCanceledException)
        {
            // Closed already.
        }

        context.Abort();
    }

    private sealed record Joined(HubCallerContext Context, RoomAccess Access);
}
