using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// Pushes each room session's committed operations and presence to the room's hub groups, one group per
/// audience: the team gets everything, customers only their projection. With a backplane, only the node that
/// committed an operation sends it (the backplane reaches the others).
/// </summary>
public sealed class HubBroadcaster(
    IHubContext<DealRoomHub, IDealRoomClient> hub,
    HubConnections connections,
    HubBroadcastOptions options) : IRoomObserver
{
    public void Attach(RoomSession session)
    {
        var roomId = session.RoomId;
        session.Subscribe(background: true, listener: async update =>
        {
            if (!update.Local && options.UsesBackplane)
            {
                return;
            }

            // The gap report rides on the batch's last operation: the panel changes in the same broadcast as the edit.
            var team = hub.Clients.Group(HubGroups.Team(roomId));
            var gaps = update.Gaps is null ? null : GapReportDto.From(update.Gaps, update.State);
            for (var i = 0; i < update.Operations.Count; i++)
            {
                var last = i == update.Operations.Count - 1;
                await team.OperationApplied(OperationMessage.From(roomId, update.Operations[i], last ? gaps : null));
            }

            // With a backplane the customers may sit on another node: this one cannot know, so it always projects.
            if (options.UsesBackplane || connections.HasCustomers(roomId))
            {
                await SendToCustomersAsync(roomId, update);
            }
        });

        // Only the changes this node made (or saw time out): another node's change is sent by that node, through the
        // backplane, with its own view of the whole room.
        session.Presence.ChangedHere += participants => SendPresence(
            roomId,
            participants,
            session.State,
            hub.Clients.Group(HubGroups.Team(roomId)),
            options.UsesBackplane || connections.HasCustomers(roomId) ? hub.Clients.Group(HubGroups.Customers(roomId)) : null);

        // Another node's announcement reached this node: its own hub connections may not have the news (one that
        // joined here before the announcement came got this node's view then). Only this node's connections: the
        // other nodes tell theirs.
        session.Presence.ChangedElsewhere += participants =>
        {
            var (team, customers) = connections.ConnectionsIn(roomId);
            SendPresence(
                roomId,
                participants,
                session.State,
                team.Count > 0 ? hub.Clients.Clients(team) : null,
                customers.Count > 0 ? hub.Clients.Clients(customers) : null);
        };
    }

    /// <summary>Presence as a customer may see it: names and colours, selections only of what they can see.</summary>
    public static PresenceMessage ForCustomers(string roomId, IEnumerable<Participant> participants, RoomState state) =>
        new(roomId, participants
            .Select(p => ParticipantDto.From(p with { Selection = [.. p.Selection.Where(id => CustomerProjection.SeesElement(state, id))] }))
            .ToList());

    /// <summary>The whole list to the team, the customer projection to customers (each where given).</summary>
    private static void SendPresence(
        string roomId, IReadOnlyList<Participant> participants, RoomState state, IDealRoomClient? team, IDealRoomClient? customers)
    {
        _ = team?.PresenceChanged(new PresenceMessage(roomId, participants.Select(ParticipantDto.From).ToList()));
        _ = customers?.PresenceChanged(ForCustomers(roomId, participants, state));
    }

    private async Task SendToCustomersAsync(string roomId, RoomUpdate update)
    {
        var customers = hub.Clients.Group(HubGroups.Customers(roomId));
        var before = update.Before;
        foreach (var op in update.Operations)
        {
            var after = before.Apply(op.Operation, new OperationContext(op.AuthorId, op.AuthorName, op.At)).State ?? update.State;
            var change = CustomerProjection.ProjectOperation(before, after, op.Operation);
            if (change.Reset)
            {
                await customers.RoomReset(new RoomResetMessage(roomId, after.Version, CustomerProjection.Project(after)));
            }
            else if (change.Operation is { } projected)
            {
                await customers.OperationApplied(OperationMessage.From(roomId, op with { Operation = projected }));
            }

            before = after;
        }
    }
}

/// <summary>Whether hub messages reach other nodes through a backplane.</summary>
public sealed record HubBroadcastOptions(bool UsesBackplane);
