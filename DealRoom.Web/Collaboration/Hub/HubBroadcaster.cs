using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// Pushes each room session's committed operations and presence to the room's hub groups, per audience.
/// With a backplane, only the node that committed an operation sends it (the backplane reaches the others).
/// </summary>
public sealed class HubBroadcaster(IHubContext<DealRoomHub, IDealRoomClient> hub, HubBroadcastOptions options) : IRoomObserver
{
    public void Attach(RoomSession session)
    {
        var roomId = session.RoomId;
        session.Subscribe(async update =>
        {
            if (!update.Local && options.UsesBackplane)
            {
                return;
            }

            var team = hub.Clients.Group(HubGroups.Team(roomId));
            foreach (var op in update.Operations)
            {
                await team.OperationApplied(OperationMessage.From(roomId, op));
            }
        });

        session.Presence.Changed += participants =>
        {
            var message = new PresenceMessage(roomId, participants.Select(ParticipantDto.From).ToList());
            _ = hub.Clients.Group(HubGroups.Team(roomId)).PresenceChanged(message);
        };
    }
}

/// <summary>Whether hub messages reach other nodes through a backplane.</summary>
public sealed record HubBroadcastOptions(bool UsesBackplane);
