using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// The public room protocol at /hubs/dealroom (see docs/protocol.md). Stateless: the room sessions hold the
/// truth; the hub checks who may do what, translates JSON, and answers the caller.
/// </summary>
public sealed class DealRoomHub(
    RoomRegistry registry,
    IRoomAccessPolicy access,
    HubConnections connections,
    HubBroadcastOptions broadcast) : Hub<IDealRoomClient>
{
    public const string Path = "/hubs/dealroom";

    /// <summary>Joins a room: answers with a snapshot (or the operations since sinceVersion) and starts the broadcasts.</summary>
    /// <remarks>
    /// Services that open Identity or a database context come in as method parameters (resolved from the
    /// container, not sent by the client), so the hot methods such as Submit never construct them.
    /// </remarks>
    public async Task<JoinResult> JoinRoom(JsonElement request, [FromServices] InvitationService invitations)
    {
        var roomId = ReadString(request, "roomId");
        if (roomId is null || !Ids.IsValid(roomId))
        {
            return JoinFailed(roomId, ErrorCodes.Malformed, "joinRoom needs a valid 'roomId'.");
        }

        var session = await registry.GetAsync(roomId, Context.ConnectionAborted);
        var rights = await CheckAsync(roomId, ReadString(request, "name"));
        if (session is null || !rights.CanView)
        {
            return JoinFailed(roomId, ErrorCodes.RoomNotFound, "There is no such room, or you may not open it.");
        }

        long? since = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("sinceVersion", out var s)
            && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var v) ? v : null;

        var group = rights.IsCustomer ? HubGroups.Customers(roomId) : HubGroups.Team(roomId);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        JoinedRooms()[roomId] = rights;
        connections.Add(roomId, Context, rights);
        if (rights.InvitationId is { } invitationId)
        {
            await invitations.TouchAsync(invitationId, Context.ConnectionAborted);
        }

        var you = session.Presence.Join(Context.ConnectionId, rights.UserId, rights.Name, rights.Audience);
        var catchUp = await CatchUpAsync(session, rights, since);
        var participants = rights.IsCustomer
            ? HubBroadcaster.ForCustomers(roomId, session.Presence.Participants, session.State).Participants
            : session.Presence.Participants.Select(ParticipantDto.From).ToList();
        return new JoinResult(
            true,
            roomId,
            catchUp.Version,
            catchUp.Snapshot,
            catchUp.Operations?.Select(o => OperationMessage.From(roomId, o)).ToList(),
            participants,
            ParticipantDto.From(you),
            rights.IsCustomer ? null : GapReportDto.From(session.Gaps, session.State),
            null);
    }

    /// <summary>Leaves a room: no more broadcasts from it.</summary>
    public async Task LeaveRoom(string roomId)
    {
        if (roomId is not null && JoinedRooms().TryRemove(roomId, out var rights))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, rights.IsCustomer ? HubGroups.Customers(roomId) : HubGroups.Team(roomId));
            connections.Remove(roomId, Context.ConnectionId);
            registry.Loaded(roomId)?.Presence.Leave(Context.ConnectionId);
        }
    }

    /// <summary>Submits one operation. The answer is the ack (after commit) or the error, to the caller only.</summary>
    public async Task<SubmitResponse> Submit(JsonElement request)
    {
        var started = Stopwatch.GetTimestamp();
        if (request.ValueKind != JsonValueKind.Object)
        {
            return SubmitFailed(null, null, ErrorCodes.Malformed, "submit takes an object: { roomId, opId, baseVersion, operation }.");
        }

        var roomId = ReadString(request, "roomId");
        var opId = ReadString(request, "opId");
        if (roomId is null || opId is null)
        {
            return SubmitFailed(roomId, opId, ErrorCodes.Malformed, "submit needs string 'roomId' and 'opId'.");
        }

        if (!JoinedRooms().TryGetValue(roomId, out var rights))
        {
            return SubmitFailed(roomId, opId, ErrorCodes.NotJoined, "Join the room before submitting to it.");
        }

        if (!rights.CanEdit)
        {
            return SubmitFailed(roomId, opId, ErrorCodes.Forbidden, "You may view this room but not edit it.");
        }

        if (!request.TryGetProperty("operation", out var operationJson))
        {
            return SubmitFailed(roomId, opId, ErrorCodes.Malformed, "submit needs an 'operation' object.");
        }

        var (operation, error) = OperationJson.Read(operationJson);
        if (operation is null)
        {
            return new SubmitResponse(false, roomId, opId, 0, false, ErrorDto.From(error!));
        }

        var session = await registry.GetAsync(roomId, Context.ConnectionAborted);
        if (session is null)
        {
            return SubmitFailed(roomId, opId, ErrorCodes.RoomNotFound, "The room no longer exists.");
        }

        if (rights.IsCustomer && CustomerPermissions.Check(session.State, operation, rights.StakeholderId) is { } forbidden)
        {
            return new SubmitResponse(false, roomId, opId, session.State.Version, false, ErrorDto.From(forbidden));
        }

        long? baseVersion = request.TryGetProperty("baseVersion", out var b) && b.ValueKind == JsonValueKind.Number && b.TryGetInt64(out var bv) ? bv : null;
        // An idle room sequences the operation right here, on this invocation's thread: no hand-off on the way to the
        // commit, and the answer is ready when the round ends.
        var result = await session.SubmitAsync(new Submission(opId, baseVersion, operation, new Author(rights.UserId, rights.Name)), runOnCaller: true);
        RoomMetrics.HubSubmit.Record(RoomMetrics.Since(started));
        return new SubmitResponse(result.Accepted, roomId, opId, result.Version, result.Duplicate, result.Error is null ? null : ErrorDto.From(result.Error));
    }

    /// <summary>The operations after sinceVersion, or a snapshot when the caller is too far behind.</summary>
    public async Task<ChangesResult> GetChanges(JsonElement request)
    {
        var roomId = ReadString(request, "roomId") ?? string.Empty;
        if (!JoinedRooms().TryGetValue(roomId, out var rights))
        {
            return new ChangesResult(false, roomId, 0, null, null, null, new ErrorDto(ErrorCodes.NotJoined, "Join the room first.", null, null));
        }

        if (!request.TryGetProperty("sinceVersion", out var s) || !s.TryGetInt64(out var since))
        {
            return new ChangesResult(false, roomId, 0, null, null, null, new ErrorDto(ErrorCodes.Malformed, "getChanges needs a number 'sinceVersion'.", "sinceVersion", null));
        }

        var session = await registry.GetAsync(roomId, Context.ConnectionAborted);
        if (session is null)
        {
            return new ChangesResult(false, roomId, 0, null, null, null, new ErrorDto(ErrorCodes.RoomNotFound, "The room no longer exists.", null, null));
        }

        var catchUp = await CatchUpAsync(session, rights, since);
        return new ChangesResult(
            true, roomId, catchUp.Version, catchUp.Operations?.Select(o => OperationMessage.From(roomId, o)).ToList(), catchUp.Snapshot,
            rights.IsCustomer ? null : GapReportDto.From(session.Gaps, session.State), null);
    }

    /// <summary>Tells the others what the caller has selected (element ids).</summary>
    public Task Select(JsonElement request)
    {
        var roomId = ReadString(request, "roomId");
        if (roomId is null || !JoinedRooms().ContainsKey(roomId)
            || !request.TryGetProperty("elementIds", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            return Task.CompletedTask;
        }

        var selection = ids.EnumerateArray()
            .Where(i => i.ValueKind == JsonValueKind.String)
            .Select(i => i.GetString()!)
            .Where(Ids.IsValid)
            .Take(50)
            .ToList();
        registry.Loaded(roomId)?.Presence.Select(Context.ConnectionId, selection);
        return Task.CompletedTask;
    }

    /// <summary>The rooms the caller may open.</summary>
    public async Task<IReadOnlyList<RoomSummaryDto>> ListRooms([FromServices] MembershipService memberships)
    {
        var rooms = await memberships.VisibleRoomsAsync(Context.User ?? new(), Context.ConnectionAborted);
        return rooms.Select(r => new RoomSummaryDto(r.Id, r.Name)).ToList();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var roomId in JoinedRooms().Keys)
        {
            connections.Remove(roomId, Context.ConnectionId);
            registry.Loaded(roomId)?.Presence.Leave(Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The team catches up by operations; a customer always gets a fresh projected snapshot.</summary>
    private async Task<CatchUp> CatchUpAsync(RoomSession session, RoomAccess rights, long? since)
    {
        if (broadcast.UsesBackplane)
        {
            // Several nodes: another may have committed (and broadcast) before this node's session was woken. The
            // caller is already in the group, so anything committed from now on reaches it; read the rest first.
            await session.SyncAsync();
        }

        if (rights.IsCustomer)
        {
            var state = session.State;
            return new CatchUp(state.Version, null, CustomerProjection.Project(state));
        }

        return since is { } version
            ? await session.GetChangesSinceAsync(version, Context.ConnectionAborted)
            : new CatchUp(session.State.Version, null, session.State);
    }

    private Task<RoomAccess> CheckAsync(string roomId, string? requestedName) =>
        access.CheckAsync(Context.User ?? new(), "guest:" + Context.ConnectionId, requestedName ?? Context.GetHttpContext()?.Request.Query["name"], roomId, Context.ConnectionAborted);

    /// <summary>
    /// Takes a room out of a connection's joined rooms from outside the hub (a revoked invitation, a removed member):
    /// from then on, Submit and GetChanges in that room answer not_joined and Select is ignored.
    /// </summary>
    internal static void Forget(HubCallerContext context, string roomId)
    {
        if (context.Items.TryGetValue(nameof(JoinedRooms), out var rooms) && rooms is ConcurrentDictionary<string, RoomAccess> joined)
        {
            joined.TryRemove(roomId, out _);
        }
    }

    /// <summary>The rooms this connection joined, with its access in each (created by its first call; the hub's calls are serialised).</summary>
    private ConcurrentDictionary<string, RoomAccess> JoinedRooms()
    {
        if (Context.Items.TryGetValue(nameof(JoinedRooms), out var rooms) && rooms is ConcurrentDictionary<string, RoomAccess> joined)
        {
            return joined;
        }

        joined = new ConcurrentDictionary<string, RoomAccess>(StringComparer.Ordinal);
        Context.Items[nameof(JoinedRooms)] = joined;
        return joined;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JoinResult JoinFailed(string? roomId, string code, string message) =>
        new(false, roomId ?? string.Empty, 0, null, null, [], null, null, new ErrorDto(code, message, null, null));

    private static SubmitResponse SubmitFailed(string? roomId, string? opId, string code, string message) =>
        new(false, roomId, opId, 0, false, new ErrorDto(code, message, null, null));
}
