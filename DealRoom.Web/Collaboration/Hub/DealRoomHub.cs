using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Serialization;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Access;
using DealRoom.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// The public room protocol at /hubs/dealroom (see docs/protocol.md). A thin adapter: joining a room yields the
/// connection's <see cref="RoomParticipant"/>, which decides what the caller may do and see; the hub reads the
/// caller's JSON (answering bad input with a documented error, never an exception) and writes the answers.
/// </summary>
public sealed partial class DealRoomHub(
    RoomRegistry registry,
    IRoomAccessPolicy access,
    HubConnections connections,
    HubBroadcastOptions broadcast,
    RoomMetrics metrics) : Hub<IDealRoomClient>
{
    public const string Path = "/hubs/dealroom";

    /// <summary>Joins a room: answers with a snapshot (or the operations since sinceVersion) and starts the broadcasts.</summary>
    /// <remarks>
    /// Services that open Identity or a database context come in as method parameters (resolved from the
    /// container, not sent by the client), so the hot methods such as Submit never construct them.
    /// </remarks>
    public async Task<JoinResult> JoinRoom(JsonElement request, [FromServices] IInvitationTracker invitations)
    {
        var roomId = HubArguments.String(request, "roomId");
        if (roomId is null || !Ids.IsValid(roomId))
        {
            return JoinFailed(roomId, ErrorCodes.Malformed, "joinRoom needs an object with a valid 'roomId'.");
        }

        if (!HubArguments.TryOptionalVersion(request, "sinceVersion", out var since))
        {
            return JoinFailed(roomId, ErrorCodes.Malformed, "'sinceVersion' must be a whole number (or absent).");
        }

        var session = await registry.GetAsync(roomId, Context.ConnectionAborted);
        var rights = await CheckAsync(roomId, HubArguments.String(request, "name"));
        if (session is null || !rights.CanView)
        {
            return JoinFailed(roomId, ErrorCodes.RoomNotFound, "There is no such room, or you may not open it.");
        }

        var participant = session.Join(rights.ToGrant(), Context.ConnectionId);
        if (Participants().TryRemove(roomId, out var previous))
        {
            previous.Dispose();
        }

        var group = rights.IsCustomer ? HubGroups.Customers(roomId) : HubGroups.Team(roomId);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        Participants()[roomId] = participant;
        connections.Add(roomId, Context, rights);
        if (rights.InvitationId is { } invitationId)
        {
            await invitations.TouchAsync(invitationId, Context.ConnectionAborted);
        }

        var you = participant.Enter();
        var catchUp = await CatchUpAsync(participant, since);
        return new JoinResult(
            true,
            roomId,
            catchUp.Version,
            catchUp.Snapshot,
            catchUp.Operations?.Select(o => OperationMessage.From(roomId, o)).ToList(),
            participant.Participants.Select(ParticipantDto.From).ToList(),
            ParticipantDto.From(you),
            participant.Gaps is { } gaps ? GapReportDto.From(gaps, participant.State) : null,
            null);
    }

    /// <summary>Leaves a room: no more broadcasts from it. Anything but a joined room's id is ignored.</summary>
    public async Task LeaveRoom(JsonElement roomId)
    {
        if (roomId.ValueKind == JsonValueKind.String && roomId.GetString() is { } id && Participants().TryRemove(id, out var participant))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, participant.IsCustomer ? HubGroups.Customers(id) : HubGroups.Team(id));
            connections.Remove(id, Context.ConnectionId);
            participant.Dispose();
        }
    }

    /// <summary>Submits one operation. The answer is the ack (after commit) or the error, to the caller only.</summary>
    public async Task<SubmitResponse> Submit(JsonElement request, [FromServices] IMentionCheck members)
    {
        var started = Stopwatch.GetTimestamp();
        if (request.ValueKind != JsonValueKind.Object)
        {
            return SubmitFailed(null, null, ErrorCodes.Malformed, "submit takes an object: { roomId, opId, baseVersion, operation }.");
        }

        var roomId = HubArguments.String(request, "roomId");
        var opId = HubArguments.String(request, "opId");
        if (roomId is null || opId is null)
        {
            return SubmitFailed(roomId, opId, ErrorCodes.Malformed, "submit needs string 'roomId' and 'opId'.");
        }

        if (!Participants().TryGetValue(roomId, out var participant))
        {
            return SubmitFailed(roomId, opId, ErrorCodes.NotJoined, "Join the room before submitting to it.");
        }

        if (!request.TryGetProperty("operation", out var operationJson))
        {
            return SubmitFailed(roomId, opId, ErrorCodes.Malformed, "submit needs an 'operation' object.");
        }

        // baseVersion is informational (the room orders by arrival): checked for its shape, not used.
        if (!HubArguments.TryOptionalVersion(request, "baseVersion", out _))
        {
            return SubmitFailed(roomId, opId, ErrorCodes.Malformed, "'baseVersion' must be a whole number (or absent).");
        }

        var (operation, error) = OperationJson.Read(operationJson);
        if (operation is null)
        {
            return new SubmitResponse(false, roomId, opId, 0, false, ErrorDto.From(error!));
        }

        // Only the server knows the room's members: a comment's mentions are checked before it is sequenced (a
        // customer may not mention anyone at all, which the room's rules answer, without telling who is a member).
        if (!participant.IsCustomer && operation is StartThread { Mentions.Count: > 0 } or ReplyToThread { Mentions.Count: > 0 }
            && await members.CheckAsync(roomId, operation, Context.ConnectionAborted) is { } stranger)
        {
            return new SubmitResponse(false, roomId, opId, 0, false, ErrorDto.From(stranger));
        }

        // An idle room sequences the operation right here, on this invocation's thread: no hand-off on the way to the
        // commit, and the answer is ready when the round ends.
        var result = await participant.SubmitAsync(opId, operation, runOnCaller: true);
        metrics.HubSubmit.Record(RoomMetrics.Since(started));
        return new SubmitResponse(result.Accepted, roomId, opId, result.Version, result.Duplicate, result.Error is null ? null : ErrorDto.From(result.Error))
        {
            Skipped = result.Skipped.Count == 0 ? null : [.. result.Skipped.Select(s => new ErrorDto(s.Code, s.Message, s.Field, s.ElementId))],
        };
    }

    /// <summary>Whether the caller has a change of their own to undo or redo in a room (read from the op log).</summary>
    public async Task<UndoStateResult> GetUndoState(JsonElement request)
    {
        var roomId = HubArguments.String(request, "roomId");
        if (roomId is null)
        {
            return new UndoStateResult(false, string.Empty, false, false, 0, 0, new ErrorDto(ErrorCodes.Malformed, "getUndoState takes an object: { roomId }.", "roomId", null));
        }

        if (!Participants().TryGetValue(roomId, out var participant))
        {
            return new UndoStateResult(false, roomId, false, false, 0, 0, new ErrorDto(ErrorCodes.NotJoined, "Join the room first.", null, null));
        }

        var stacks = await participant.GetUndoStacksAsync(Context.ConnectionAborted);
        return new UndoStateResult(true, roomId, stacks.CanUndo, stacks.CanRedo, stacks.Undo.Count, stacks.Redo.Count, null);
    }

    /// <summary>The operations after sinceVersion, or a snapshot when the caller is too far behind.</summary>
    public async Task<ChangesResult> GetChanges(JsonElement request)
    {
        var roomId = HubArguments.String(request, "roomId");
        if (roomId is null)
        {
            return ChangesFailed(string.Empty, ErrorCodes.Malformed, "getChanges takes an object: { roomId, sinceVersion }.", "roomId");
        }

        if (!Participants().TryGetValue(roomId, out var participant))
        {
            return ChangesFailed(roomId, ErrorCodes.NotJoined, "Join the room first.", null);
        }

        if (!HubArguments.TryOptionalVersion(request, "sinceVersion", out var since) || since is null)
        {
            return ChangesFailed(roomId, ErrorCodes.Malformed, "getChanges needs a whole number 'sinceVersion'.", "sinceVersion");
        }

        var catchUp = await CatchUpAsync(participant, since);
        return new ChangesResult(
            true, roomId, catchUp.Version, catchUp.Operations?.Select(o => OperationMessage.From(roomId, o)).ToList(), catchUp.Snapshot,
            participant.Gaps is { } gaps ? GapReportDto.From(gaps, participant.State) : null, null);
    }

    /// <summary>Tells the others what the caller has selected (element ids). Anything malformed is ignored.</summary>
    public Task Select(JsonElement request)
    {
        var roomId = HubArguments.String(request, "roomId");
        if (roomId is null || !Participants().TryGetValue(roomId, out var participant)
            || !request.TryGetProperty("elementIds", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            return Task.CompletedTask;
        }

        participant.Select(ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Take(200).Select(i => i.GetString()!));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Tells the others where the caller is looking: { roomId, map, x, y, zoom } (the map point at the middle of the
    /// caller's canvas), or { roomId, viewport: null } to say nothing. Anything malformed is ignored, as by select.
    /// </summary>
    public Task SetViewport(JsonElement request)
    {
        var roomId = HubArguments.String(request, "roomId");
        if (roomId is null || !Participants().TryGetValue(roomId, out var participant))
        {
            return Task.CompletedTask;
        }

        if (request.TryGetProperty("viewport", out var none) && none.ValueKind == JsonValueKind.Null)
        {
            participant.SetViewport(null);
        }
        else if (HubArguments.Number(request, "x") is { } x && HubArguments.Number(request, "y") is { } y && HubArguments.Number(request, "zoom") is { } zoom
            && Viewport.Create(HubArguments.String(request, "map"), x, y, zoom) is { } viewport)
        {
            participant.SetViewport(viewport);
        }

        return Task.CompletedTask;
    }

    /// <summary>Brings everyone in the room to the caller's published viewport, once (team members who may edit).</summary>
    public Task<BringEveryoneResult> BringEveryone(JsonElement request)
    {
        var roomId = HubArguments.String(request, "roomId");
        if (roomId is null)
        {
            return Task.FromResult(new BringEveryoneResult(false, string.Empty, new ErrorDto(ErrorCodes.Malformed, "bringEveryone takes an object: { roomId }.", "roomId", null)));
        }

        if (!Participants().TryGetValue(roomId, out var participant))
        {
            return Task.FromResult(new BringEveryoneResult(false, roomId, new ErrorDto(ErrorCodes.NotJoined, "Join the room first.", null, null)));
        }

        var error = participant.BringEveryone();
        return Task.FromResult(new BringEveryoneResult(error is null, roomId, error is null ? null : ErrorDto.From(error)));
    }

    /// <summary>The rooms the caller may open.</summary>
    public async Task<IReadOnlyList<RoomSummaryDto>> ListRooms([FromServices] IRoomDirectory memberships)
    {
        var rooms = await memberships.VisibleRoomsAsync(Context.User ?? new(), Context.ConnectionAborted);
        return rooms.Select(r => new RoomSummaryDto(r.Id, r.Name)).ToList();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (roomId, participant) in Participants())
        {
            connections.Remove(roomId, Context.ConnectionId);
            participant.Dispose();
        }

        Participants().Clear();
        return base.OnDisconnectedAsync(exception);
    }

    private async Task<CatchUp> CatchUpAsync(RoomParticipant participant, long? since)
    {
        if (broadcast.UsesBackplane)
        {
            // Several nodes: another may have committed (and broadcast) before this node's session was woken. The
            // caller is already in the group, so anything committed from now on reaches it; read the rest first.
            await participant.Session.SyncAsync();
        }

        return await participant.GetChangesSinceAsync(since, Context.ConnectionAborted);
    }

    private Task<RoomAccess> CheckAsync(string roomId, string? requestedName) =>
        access.CheckAsync(Context.User ?? new(), "guest:" + Context.ConnectionId, requestedName ?? Context.GetHttpContext()?.Request.Query["name"], roomId, Context.ConnectionAborted);

    /// <summary>
    /// Takes a room out of a connection's joined rooms from outside the hub (a revoked invitation, a removed member):
    /// from then on, Submit and GetChanges in that room answer not_joined and Select is ignored; the participant leaves.
    /// </summary>
    internal static void Forget(HubCallerContext context, string roomId)
    {
        if (context.Items.TryGetValue(nameof(Participants), out var rooms)
            && rooms is ConcurrentDictionary<string, RoomParticipant> joined
            && joined.TryRemove(roomId, out var participant))
        {
            participant.Dispose();
        }
    }

    /// <summary>This connection's participant in each room it joined (created by its first call).</summary>
    private ConcurrentDictionary<string, RoomParticipant> Participants()
    {
        if (Context.Items.TryGetValue(nameof(Participants), out var rooms) && rooms is ConcurrentDictionary<string, RoomParticipant> joined)
        {
            return joined;
        }

        joined = new ConcurrentDictionary<string, RoomParticipant>(StringComparer.Ordinal);
        Context.Items[nameof(Participants)] = joined;
        return joined;
    }

    private static JoinResult JoinFailed(string? roomId, string code, string message) =>
        new(false, roomId ?? string.Empty, 0, null, null, [], null, null, new ErrorDto(code, message, null, null));

    private static SubmitResponse SubmitFailed(string? roomId, string? opId, string code, string message) =>
        new(false, roomId, opId, 0, false, new ErrorDto(code, message, null, null));

    private static ChangesResult ChangesFailed(string roomId, string code, string message, string? field) =>
        new(false, roomId, 0, null, null, null, new ErrorDto(code, message, field, null));
}
