using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>Who is acting in a room.</summary>
public sealed record Author(string Id, string Name);

/// <summary>An operation sent to a room: the client's opId makes resubmission safe.</summary>
public sealed record Submission(string OpId, long? BaseVersion, Operation Operation, Author Author);

/// <summary>
/// The answer to a submission, sent to the submitter only: the version it was committed at, or the error that
/// refused it. <see cref="Duplicate"/> is true when the opId had already been committed (nothing applied twice).
/// </summary>
public sealed record SubmitResult(string OpId, long Version, RoomError? Error, bool Duplicate = false)
{
    public bool Accepted => Error is null;
}

/// <summary>
/// Committed operations pushed to a room's listeners, in version order, with the states before and after them.
/// <see cref="Local"/> is false when another node committed them and this node only caught up.
/// <see cref="Gaps"/> is the gap report after them when it changed (team only), else null.
/// </summary>
public sealed record RoomUpdate(IReadOnlyList<CommittedOperation> Operations, RoomState Before, RoomState State, bool Local, GapReport? Gaps);

/// <summary>What a client that fell behind needs: the missing operations, or a whole snapshot when too far behind.</summary>
public sealed record CatchUp(long Version, IReadOnlyList<CommittedOperation>? Operations, RoomState? Snapshot);
