using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// Pushes each room session's committed operations to the room's hub groups, one group per audience, and its
/// presence to this node's hub connections in the room: the team gets everything, customers only their projection.
/// With a backplane, only the node that committed an operation sends it (the backplane reaches the others); presence
/// reaches the other nodes through the presence relay, and each node tells its own connections.
/// </summary>
public sealed partial class HubBroadcaster(
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
            // Each audience's form of the update is made once by the update itself and sent to its group.
            var team = hub.Clients.Group(HubGroups.Team(roomId));
            var forTeam = update.For(ParticipantKind.Team);
            var gaps = forTeam.Gaps is null ? null : GapReportDto.From(forTeam.Gaps, forTeam.State);
            for (var i = 0; i < forTeam.Operations.Count; i++)
            {
                var last = i == forTeam.Operations.Count - 1;
                await team.OperationApplied(OperationMessage.From(roomId, forTeam.Operations[i], last ? gaps : null));
            }

            Operations.LatencyTrace.Mark("hub.sent");

            // With a backplane the customers may sit on another node: this one cannot know, so it always projects.
            if (options.UsesBackplane || connections.HasCustomers(roomId))
            {
                await SendToCustomersAsync(roomId, update.For(ParticipantKind.Customer));
            }
        });

        // Presence goes to this node's own connections only, never through the backplane: each node hears the others'
        // lists through the presence relay and tells its own. One round at a time, each with the list as it is then, so
        // an older list can never arrive after a newer one (two paths, or two threads, could reorder them).
        var push = new PresencePush(session, hub, connections, logger);
        session.Presence.Changed += _ => push.Changed();
        session.Presence.Gathered += host => _ = SendBroughtHereAsync(roomId, host);

        // Live drags and pointers go the same way: to this node's own connections (other nodes hear them by relay).
        var signals = new SignalPush(session, hub, connections, logger);
        session.Signals.Raised += signals.Send;
    }

    /// <summary>
    /// Tells this node's connections in the room that the host brought everyone (other nodes tell theirs, hearing the
    /// host's gathering through the presence relay): the team always, customers only to the shared-vision map.
    /// </summary>
    private async Task SendBroughtHereAsync(string roomId, Participant host)
    {
        if (host.Viewport is not { } viewport)
        {
            return;
        }

        var (team, customers) = connections.ConnectionsIn(roomId);
        var message = new BroughtHereMessage(roomId, host.ConnectionId, host.Name, viewport);
        var brought = team.Where(id => RoomParticipant.IsBrought(host, id, ParticipantKind.Team))
            .Concat(customers.Where(id => RoomParticipant.IsBrought(host, id, ParticipantKind.Customer)));
        try
        {
            await Task.WhenAll(brought.Select(id => hub.Clients.Client(id).BroughtHere(message))).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogBroughtHereFailed(logger, ex, roomId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell room {RoomId}'s connections on this node that someone brought everyone")]
    private static partial void LogBroughtHereFailed(ILogger logger, Exception ex, string roomId);

    private async Task SendToCustomersAsync(string roomId, AudienceView view)
    {
        var customers = hub.Clients.Group(HubGroups.Customers(roomId));
        if (view.Reset)
        {
            await customers.RoomReset(new RoomResetMessage(roomId, view.Version, view.State));
            return;
        }

        foreach (var op in view.Operations)
        {
            await customers.OperationApplied(OperationMessage.From(roomId, op));
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
        var toCustomers = customers.Count > 0 ? ForCustomers(roomId, participants, _session.State) : null;
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

    private static PresenceMessage ForCustomers(string roomId, IReadOnlyList<Participant> participants, RoomState state) =>
        new(roomId, RoomParticipant.ProjectPresence(participants, state, ParticipantKind.Customer).Select(ParticipantDto.From).ToList());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send room {RoomId}'s presence to all its connections on this node")]
    private partial void LogSendFailed(Exception ex, string roomId);
}

/// <summary>Whether hub messages reach other nodes through a backplane.</summary>
public sealed record HubBroadcastOptions(bool UsesBackplane);
