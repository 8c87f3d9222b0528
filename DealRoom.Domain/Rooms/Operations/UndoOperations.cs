namespace DealRoom.Domain.Rooms.Operations;

/// <summary>
/// Asks the room to undo (or redo) the sender's own last change. The room's session computes the inverse against the
/// state it meets (<see cref="History.RoomUndo"/>), applies it as ordinary operations and logs this step after them:
/// the step is the op log's marker of where the sender's undo and redo stand. It changes nothing by itself.
/// </summary>
public abstract record UndoStep : Operation
{
    /// <summary>Set by the server: the last version of the change this step took back (null when a client sends it).</summary>
    public long? Target { get; init; }

    /// <summary>Set by the server: how many operations just before this step it applied (0 when all were skipped).</summary>
    public int? Count { get; init; }
}

/// <summary>Undoes the sender's own last change that is not undone yet.</summary>
public sealed record Undo : UndoStep
{
    public override string Type => "undo";
}

/// <summary>Redoes the sender's own last undone change, as long as they have made no new change since.</summary>
public sealed record Redo : UndoStep
{
    public override string Type => "redo";
}

/// <summary>
/// Makes the sender's last <see cref="Count"/> changes one change for undo and redo (a tidy-up, a restore, an import:
/// many operations from one action). It changes nothing in the room; the op log reads it back into each person's undo
/// stack. Only the sender's own changes are grouped, and only when nobody else's operation falls between them.
/// </summary>
public sealed record GroupChanges(int Count) : Operation
{
    /// <summary>The most changes one group may join.</summary>
    public const int MaxCount = 1000;

    public override string Type => "groupChanges";
}
