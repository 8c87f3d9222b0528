using System.Text.Json;
using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Collaboration.Hub;

/// <summary>
/// Live signals over the hub: a card being dragged and a pointer on a map. Ephemeral and throttled by the room
/// (at most 20 a second per connection and channel go out); the drop of a drag is still one Submit of moveNode.
/// </summary>
public sealed partial class DealRoomHub
{
    /// <summary>Shows the others where a card is while the caller drags it: { roomId, elementId, x, y }.</summary>
    public SignalResult Drag(JsonElement request)
    {
        if (SignalTarget(request, "drag takes an object: { roomId, elementId, x, y }.", out var roomId, out var participant) is { } failed)
        {
            return failed;
        }

        var elementId = HubArguments.String(request, "elementId");
        if (elementId is null || !TryPoint(request, out var x, out var y))
        {
            return SignalFailed(roomId, ErrorCodes.Malformed, "drag needs a string 'elementId' and numbers 'x' and 'y'.");
        }

        return SignalAnswer(roomId, participant!.Drag(elementId, x, y));
    }

    /// <summary>The caller's drag ended (dropped or given up): { roomId, elementId }.</summary>
    public SignalResult EndDrag(JsonElement request)
    {
        if (SignalTarget(request, "endDrag takes an object: { roomId, elementId }.", out var roomId, out var participant) is { } failed)
        {
            return failed;
        }

        var elementId = HubArguments.String(request, "elementId");
        return elementId is null
            ? SignalFailed(roomId, ErrorCodes.Malformed, "endDrag needs a string 'elementId'.")
            : SignalAnswer(roomId, participant!.EndDrag(elementId));
    }

    /// <summary>Shows the others the caller's pointer on a map: { roomId, map, x, y } in the map's coordinates.</summary>
    public SignalResult MoveCursor(JsonElement request)
    {
        if (SignalTarget(request, "moveCursor takes an object: { roomId, map, x, y }.", out var roomId, out var participant) is { } failed)
        {
            return failed;
        }

        SignalMap? map = HubArguments.String(request, "map") switch
        {
            "stakeholders" => SignalMap.Stakeholders,
            "vision" => SignalMap.Vision,
            _ => null,
        };
        if (map is null || !TryPoint(request, out var x, out var y))
        {
            return SignalFailed(roomId, ErrorCodes.Malformed, "moveCursor needs 'map' (\"stakeholders\" or \"vision\") and numbers 'x' and 'y'.");
        }

        return SignalAnswer(roomId, participant!.MoveCursor(map.Value, x, y));
    }

    /// <summary>Takes the caller's pointer off the others' screens: { roomId }.</summary>
    public SignalResult HideCursor(JsonElement request)
    {
        if (SignalTarget(request, "hideCursor takes an object: { roomId }.", out var roomId, out var participant) is { } failed)
        {
            return failed;
        }

        participant!.HideCursor();
        return new SignalResult(true, roomId, null);
    }

    private SignalResult? SignalTarget(JsonElement request, string shape, out string? roomId, out RoomParticipant? participant)
    {
        participant = null;
        roomId = HubArguments.String(request, "roomId");
        if (roomId is null)
        {
            return SignalFailed(null, ErrorCodes.Malformed, shape);
        }

        return Participants().TryGetValue(roomId, out participant) ? null : SignalFailed(roomId, ErrorCodes.NotJoined, "Join the room first.");
    }

    private static bool TryPoint(JsonElement request, out double x, out double y)
    {
        x = y = 0;
        return request.TryGetProperty("x", out var xValue) && xValue.ValueKind == JsonValueKind.Number && xValue.TryGetDouble(out x)
            && request.TryGetProperty("y", out var yValue) && yValue.ValueKind == JsonValueKind.Number && yValue.TryGetDouble(out y);
    }

    private static SignalResult SignalAnswer(string? roomId, RoomError? error) =>
        new(error is null, roomId, error is null ? null : ErrorDto.From(error));

    private static SignalResult SignalFailed(string? roomId, string code, string message) =>
        new(false, roomId, new ErrorDto(code, message, null, null));
}
