using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// The participant's live signals: the card it drags and its pointer, checked here (the same rules as the moveNode the
/// drop will submit), and the others' signals as this participant may see them.
/// </summary>
public sealed partial class RoomParticipant
{
    private static readonly RoomError Flooding = new(
        ErrorCodes.RateLimited, $"Too many live signals: at most {RoomSignals.MaxPerSecond} a second per connection. This one was dropped.");

    // The map of the pointer the others see now: where its removal goes (a customer never hears of the stakeholder map).
    private SignalMap? _cursorMap;
    private int _cursorShown;

    /// <summary>Shows the others where a card is while this participant drags it. Null when sent, else why not.</summary>
    public RoomError? Drag(string elementId, double x, double y)
    {
        if (CheckDrag(elementId, x, y) is { } error)
        {
            return error;
        }

        var map = _session.State.KindOf(elementId) == ElementKind.VisionElement ? SignalMap.Vision : SignalMap.Stakeholders;
        return Offer(SignalKind.Drag, map, elementId, x, y);
    }

    /// <summary>The drag ended (dropped or given up): the others put the card where the room has it.</summary>
    public RoomError? EndDrag(string elementId)
    {
        if (CheckDrag(elementId, 0, 0) is { } error)
        {
            return error;
        }

        var map = _session.State.KindOf(elementId) == ElementKind.VisionElement ? SignalMap.Vision : SignalMap.Stakeholders;
        return Offer(SignalKind.DragEnd, map, elementId, 0, 0);
    }

    /// <summary>Shows the others this participant's pointer on a map, in the map's coordinates.</summary>
    public RoomError? MoveCursor(SignalMap map, double x, double y)
    {
        if (!_present)
        {
            return new RoomError(ErrorCodes.NotJoined, "Join the room first.");
        }

        if (!Coordinates.AreValid(x, y))
        {
            return new RoomError(ErrorCodes.InvalidCoordinates, $"A point must be finite and within ±{Coordinates.Limit}.");
        }

        // A customer has no stakeholder map to point at.
        return IsCustomer && map != SignalMap.Vision
            ? new RoomError(ErrorCodes.Forbidden, "Customers share their pointer on the shared-vision map only.", "map")
            : OfferCursor(map, x, y);
    }

    /// <summary>Takes this participant's pointer off the others' screens (it left the map, or stopped sharing it).</summary>
    public void HideCursor()
    {
        if (_present && Interlocked.Exchange(ref _cursorShown, 0) == 1 && _cursorMap is { } map)
        {
            Offer(SignalKind.CursorGone, map, null, 0, 0);
        }
    }

    /// <summary>Hears the others' signals (never its own) as this participant may see them. Dispose to stop.</summary>
    public IDisposable ListenSignals(Action<RoomSignal> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var customer = IsCustomer;
        void OnRaised(RoomSignal signal)
        {
            if (signal.ConnectionId != ConnectionId && (!customer || CustomerSees(_session.State, signal)))
            {
                listener(signal);
            }
        }

        _session.Signals.Raised += OnRaised;
        return new Unsubscriber(() => _session.Signals.Raised -= OnRaised);
    }

    /// <summary>
    /// Whether a customer may get a signal: only on the shared-vision map (never a pointer over the stakeholder map), and
    /// only about an element of their projection.
    /// </summary>
    public static bool CustomerSees(RoomState state, RoomSignal signal)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(signal);
        return signal.Map == SignalMap.Vision && (signal.ElementId is null || CustomerProjection.SeesElement(state, signal.ElementId));
    }

    private RoomError? CheckDrag(string elementId, double x, double y)
    {
        if (!_present)
        {
            return new RoomError(ErrorCodes.NotJoined, "Join the room first.");
        }

        if (!Ids.IsValid(elementId))
        {
            return new RoomError(ErrorCodes.InvalidId, "'elementId' is not a valid id.", "elementId");
        }

        if (!Coordinates.AreValid(x, y))
        {
            return new RoomError(ErrorCodes.InvalidCoordinates, $"A position must be finite and within ±{Coordinates.Limit}.");
        }

        var state = _session.State;
        var kind = state.KindOf(elementId);

        // A customer learns nothing of what is outside their projection, not even that it exists.
        if (kind is null || (IsCustomer && !CustomerProjection.SeesElement(state, elementId)))
        {
            return new RoomError(ErrorCodes.NotFound, "There is no such card.", "elementId", elementId);
        }

        if (kind is not (ElementKind.Stakeholder or ElementKind.TeamMember or ElementKind.VisionElement))
        {
            return new RoomError(ErrorCodes.WrongType, "Only cards can be dragged.", "elementId", elementId);
        }

        // The same rule as the moveNode the drop submits: a viewer, or a customer on a card they may not move, cannot drag.
        return Grant.Check(state, new MoveNode(elementId, x, y));
    }

    private RoomError? OfferCursor(SignalMap map, double x, double y)
    {
        // Off one map and onto the other: the pointer leaves the first (else a customer would keep a stale pointer on
        // the vision map while the team member points at the stakeholder map they never see).
        if (_cursorMap is { } previous && previous != map && Volatile.Read(ref _cursorShown) == 1)
        {
            Offer(SignalKind.CursorGone, previous, null, 0, 0);
        }

        _cursorMap = map;
        Volatile.Write(ref _cursorShown, 1);
        return Offer(SignalKind.Cursor, map, null, x, y);
    }

    private RoomError? Offer(SignalKind kind, SignalMap map, string? elementId, double x, double y)
    {
        var signal = new RoomSignal(kind, ConnectionId, Grant.UserId, Grant.Name, RoomPresence.ColorOf(Grant.UserId), map, elementId, x, y);
        return _session.Signals.Offer(signal) ? null : Flooding;
    }

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
