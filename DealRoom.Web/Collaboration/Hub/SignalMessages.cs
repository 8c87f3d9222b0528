namespace DealRoom.Web.Collaboration.Hub;

/// <summary>The answer to Drag, EndDrag, MoveCursor and HideCursor: sent (or queued for the next tick), or why not.</summary>
public sealed record SignalResult(bool Ok, string? RoomId, ErrorDto? Error);

/// <summary>
/// Someone's live signal in a room: <c>drag</c> (a card at a position while it is dragged), <c>dragEnd</c> (put the card
/// back where the room's state has it: the committed moveNode, if any, arrives as OperationApplied), <c>cursor</c> (a
/// pointer on a map) or <c>cursorGone</c>. Ephemeral: never in a snapshot, never replayed.
/// </summary>
public sealed record SignalMessage(
    string RoomId, string Kind, string ConnectionId, string UserId, string Name, string Color, string Map, string? ElementId, double X, double Y)
{
    public static SignalMessage From(string roomId, RoomSignal signal) => new(
        roomId,
        KindName(signal.Kind),
        signal.ConnectionId,
        signal.UserId,
        signal.Name,
        signal.Color,
        MapName(signal.Map),
        signal.ElementId,
        signal.X,
        signal.Y);

    public static string MapName(SignalMap map) => map == SignalMap.Vision ? "vision" : "stakeholders";

    private static string KindName(SignalKind kind) => kind switch
    {
        SignalKind.Drag => "drag",
        SignalKind.DragEnd => "dragEnd",
        SignalKind.Cursor => "cursor",
        _ => "cursorGone",
    };
}
