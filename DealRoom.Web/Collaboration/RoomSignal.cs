namespace DealRoom.Web.Collaboration;

/// <summary>What a live signal says: a card is being dragged, the drag ended, a pointer moved, a pointer left.</summary>
public enum SignalKind
{
    Drag,
    DragEnd,
    Cursor,
    CursorGone,
}

/// <summary>Which map a signal is about (the canvas it was made on).</summary>
public enum SignalMap
{
    Stakeholders,
    Vision,
}

/// <summary>
/// One ephemeral signal from a participant: never persisted, never part of the room's state. A drag carries the card
/// and where it is now (the drop still commits one moveNode); a cursor carries a point in the map's coordinates.
/// </summary>
public sealed record RoomSignal(
    SignalKind Kind,
    string ConnectionId,
    string UserId,
    string Name,
    string Color,
    SignalMap Map,
    string? ElementId,
    double X,
    double Y)
{
    /// <summary>Drags and cursors are throttled apart: a fast pointer never holds back the card it drags.</summary>
    internal bool IsDragChannel => Kind is SignalKind.Drag or SignalKind.DragEnd;

    /// <summary>An end (drag end, cursor gone) is never coalesced away: it is sent at once, after what came before it.</summary>
    internal bool IsEnd => Kind is SignalKind.DragEnd or SignalKind.CursorGone;
}
