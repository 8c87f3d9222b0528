using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// Pushes each room session's committed operations to the room's hub groups, one group per audience, and its
/// presence to this node's hub connections in the room: the team gets everything, customers only their projection.
/// With a backplane, only the node that committed an operation sends it (the backplane reaches the others); presence
/// reaches the other nodes through the presence relay, and each node tells its own connections.
/// </summary>
public sealed class HubBroadcaster(
    IHubContext<DealRoomHub, IDealRoomClient> hub,
    HubConnections connections,
    HubBroadcastOptions options,
    ILogger<HubBroadcaster> logger) : IRoomObserver
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

        // Presence goes to this node's own connections only, never through the backplane: each node hears the others'
        // lists through the presence relay and tells its own. One round at a time, each with the list as it is then, so
        // an older list can never arrive after a newer one (two paths, or two threads, could reorder them).
        var push = new PresencePush(session, hub, connections, logger);
        session.Presence.Changed += _ => push.Changed();
    }

    /// <summary>Presence as a customer may see it: names and colours, selections only of what they can see.</summary>
    public static PresenceMessage ForCustomers(string roomId, IEnumerable<Participant> participants, RoomState state) =>
        new(roomId, participants
            .Select(p => ParticipantDto.From(p with { Selection = [.. p.Selection.Where(id => CustomerProjection.SeesElement(state, id))] }))
            .ToList());

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

/// <summary>
/// Sends a room's presence to this node's hub connections in it: after a change, a round sends the list as it is then
/// (the team the whole list, customers their projection), awaited to the last connection before the next round, so
/// changes that come during a round fold into one more and no connection ever gets an older list after a newer one.
/// </summary>
internal sealed partial class PresencePush
{
    private readonly RoomSession _session;
    private readonly IHubContext<DealRoomHub, IDealRoomClient> _hub;
    private readonly HubConnections _connections;
    private readonly ILogger _logger;
    private readonly RoundRunner _rounds;
    private int _pending;

    public PresencePush(RoomSession session, IHubContext<DealRoomHub, IDealRoomClient> hub, HubConnections connections, ILogger logger)
    {
        _session = session;
        _hub = hub;
        _connections = connections;
        _logger = logger;
        _rounds = new RoundRunner(SendAsync, () => Volatile.Read(ref _pending) == 1);
    }

    /// <summary>The list changed: a round starts on this thread unless one is running (that one runs again).</summary>
    public void Changed()
    {
        Volatile.Write(ref _pending, 1);
        _rounds.Kick(runOnCaller: true);
    }

    private async Task SendAsync()
    {
        // Cleared before reading the list: a change after this point runs another round.
        Interlocked.Exchange(ref _pending, 0);
        var roomId = _session.RoomId;
        var (team, customers) = _connections.ConnectionsIn(roomId);
        if (team.Count + customers.Count == 0)
        {
            return;
        }

        var participants = _session.Presence.Participants;
        var toTeam = new PresenceMessage(roomId, participants.Select(ParticipantDto.From).ToList());
        var toCustomers = customers.Count > 0 ? HubBroadcaster.ForCustomers(roomId, participants, _session.State) : null;
        try
        {
            // One connection at a time through Client(id): both lifetime managers write to a connection of this node
            // directly (the Redis one would publish a Clients(ids) send through Redis, even to its own connections).
            await Task.WhenAll(
                team.Select(id => _hub.Clients.Client(id).PresenceChanged(toTeam))
                    .Concat(customers.Select(id => _hub.Clients.Client(id).PresenceChanged(toCustomers!)))).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogSendFailed(ex, roomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send room {RoomId}'s presence to all its connections on this node")]
    private partial void LogSendFailed(Exception ex, string roomId);
}

/// <summary>Whether hub messages reach other nodes through a backplane.</summary>
public sealed record HubBroadcastOptions(bool UsesBackplane);
