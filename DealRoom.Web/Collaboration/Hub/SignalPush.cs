using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// Sends a room's live signals to this node's hub connections in it, never back to the sender: the team gets them
/// all, a customer only those about the shared-vision map and what their projection holds. Called under the sender's
/// throttle gate: it queues the sends and returns.
/// </summary>
internal sealed partial class SignalPush(RoomSession session, IHubContext<DealRoomHub, IDealRoomClient> hub, HubConnections connections, ILogger logger)
{
    public void Send(RoomSignal signal)
    {
        var roomId = session.RoomId;
        var (team, customers) = connections.ConnectionsIn(roomId);
        if (team.Count + customers.Count == 0)
        {
            return;
        }

        var message = SignalMessage.From(roomId, signal);
        var toCustomers = customers.Count > 0 && RoomParticipant.CustomerSees(session.State, signal);
        foreach (var id in toCustomers ? team.Concat(customers) : team)
        {
            if (id != signal.ConnectionId)
            {
                _ = SendAsync(id, message);
            }
        }
    }

    private async Task SendAsync(string connectionId, SignalMessage message)
    {
        try
        {
            // One connection at a time through Client(id), as presence does: a direct write on this node's connection.
            await hub.Clients.Client(connectionId).Signal(message).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogSendFailed(ex, message.RoomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not send a live signal in room {RoomId} to a connection")]
    private partial void LogSendFailed(Exception ex, string roomId);
}
