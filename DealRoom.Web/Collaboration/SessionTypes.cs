using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>Who is acting in a room.</summary>
public sealed record Author(string Id, string Name);

/// <summary>
/// An operation sent to a room: the client's opId makes resubmission safe. <see cref="Grant"/> is what the sender
/// may do there, checked by the session against the state the operation is applied to; null only for the server's
/// own trusted work (the demo seed, a submission another node already checked).
/// </summary>
public sealed record Submission(string OpId, Operation Operation, Author Author)
{
    public RoomGrant? Grant { get; init; }
}

/// <summary>
/// The answer to a submission, sent to the submitter only: the version it was committed at, or the error that
/// refused it. <see cref="Duplicate"/> is true when the opId had already been committed (nothing applied twice).
/// </summary>
public sealed record SubmitResult(string OpId, long Version, RoomError? Error, bool Duplicate = false)
{
    public bool Accepted => Error is null;

    /// <summary>For an undo or redo: the parts left as they were, and why (empty for every other operation).</summary>
    public IReadOnlyList<Domain.History.UndoSkip> Skipped { get; init; } = [];
}

/// <summary>What a client that fell behind needs: the missing operations, or a whole snapshot when too far behind.</summary>
public sealed record CatchUp(long Version, IReadOnlyList<CommittedOperation>? Operations, RoomState? Snapshot);
