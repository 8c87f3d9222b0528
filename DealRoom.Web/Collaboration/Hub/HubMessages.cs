using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>An error as it goes over the wire.</summary>
public sealed record ErrorDto(string Code, string Message, string? Field, string? ElementId)
{
    public static ErrorDto From(RoomError error) => new(error.Code, error.Message, error.Field, error.ElementId);
}

/// <summary>The answer to joinRoom.</summary>
public sealed record JoinResult(
    bool Ok,
    string RoomId,
    long Version,
    RoomState? Snapshot,
    IReadOnlyList<OperationMessage>? Operations,
    IReadOnlyList<ParticipantDto> Participants,
    ParticipantDto? You,
    GapReportDto? Gaps,
    ErrorDto? Error);

/// <summary>
/// The answer to submit: the ack, sent only to the submitter. For an undo or redo, <see cref="Skipped"/> lists the
/// parts left as they were (someone else changed them since, or they are not the sender's to change).
/// </summary>
public sealed record SubmitResponse(bool Ok, string? RoomId, string? OpId, long Version, bool Duplicate, ErrorDto? Error)
{
    public IReadOnlyList<ErrorDto>? Skipped { get; init; }
}

/// <summary>The answer to getUndoState: whether the caller has anything of their own to undo or redo in the room.</summary>
public sealed record UndoStateResult(bool Ok, string RoomId, bool CanUndo, bool CanRedo, int UndoDepth, int RedoDepth, ErrorDto? Error);

/// <summary>The answer to getChanges.</summary>
public sealed record ChangesResult(
    bool Ok, string RoomId, long Version, IReadOnlyList<OperationMessage>? Operations, RoomState? Snapshot, GapReportDto? Gaps, ErrorDto? Error);

/// <summary>
/// A committed operation, as broadcast to everyone in the room (the submitter included). For the team,
/// <see cref="Gaps"/> carries the room's new gap report when the operation changed it.
/// </summary>
public sealed record OperationMessage(
    string RoomId, long Version, string OpId, string AuthorId, string AuthorName, DateTimeOffset At, Operation Operation, GapReportDto? Gaps = null)
{
    public static OperationMessage From(string roomId, CommittedOperation op, GapReportDto? gaps = null) =>
        new(roomId, op.Version, op.OpId, op.AuthorId, op.AuthorName, op.At, op.Operation, gaps);
}

/// <summary>Who is in a room now.</summary>
public sealed record PresenceMessage(string RoomId, IReadOnlyList<ParticipantDto> Participants);

/// <summary>One participant in a room; <see cref="Viewport"/> is where they look (null until they say).</summary>
public sealed record ParticipantDto(string ConnectionId, string UserId, string Name, string Color, string Kind, IReadOnlyList<string> Selection, Viewport? Viewport)
{
    public static ParticipantDto From(Participant p) =>
        new(p.ConnectionId, p.UserId, p.Name, p.Color, p.Kind.ToString(), p.Selection, p.Viewport);
}

/// <summary>The answer to bringEveryone.</summary>
public sealed record BringEveryoneResult(bool Ok, string RoomId, ErrorDto? Error);

/// <summary>Someone brought everyone in the room to their viewport: go there (once; move away freely after).</summary>
public sealed record BroughtHereMessage(string RoomId, string ByConnectionId, string ByName, Viewport Viewport);

/// <summary>A room as listed by listRooms.</summary>
public sealed record RoomSummaryDto(string Id, string Name);

/// <summary>The server ended the caller's session in a room (e.g. its invitation was revoked).</summary>
public sealed record SessionEndedMessage(string RoomId, string Code, string Reason);

/// <summary>A whole new view of the room at a version (sent to customers when what they may see changes).</summary>
public sealed record RoomResetMessage(string RoomId, long Version, RoomState Snapshot);
