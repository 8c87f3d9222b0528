namespace DealRoom.Domain.Rooms;

/// <summary>Factory for the errors the domain raises, so each message reads the same everywhere.</summary>
public static class RoomErrors
{
    public static RoomError NotFound(string id) =>
        new(ErrorCodes.NotFound, $"There is no element '{id}' in this room; it may have been deleted.", ElementId: id);

    public static RoomError DuplicateId(string id) =>
        new(ErrorCodes.DuplicateId, $"An element with id '{id}' already exists in this room.", ElementId: id);

    public static RoomError WrongType(string id, string expected) =>
        new(ErrorCodes.WrongType, $"Element '{id}' is not {expected}.", ElementId: id);

    public static RoomError InvalidId(string? id) =>
        new(ErrorCodes.InvalidId,
            "An id must be 1 to 64 characters of letters, digits, '-', '_', '.' or ':'.",
            ElementId: id);

    public static RoomError SelfLink(string id) =>
        new(ErrorCodes.SelfLink, "An element cannot be linked to itself.", ElementId: id);

    public static RoomError CrossMap(string id) =>
        new(ErrorCodes.CrossMap, "A link cannot join the stakeholder map and the shared-vision map.", ElementId: id);

    public static RoomError InvalidCoordinates() =>
        new(ErrorCodes.InvalidCoordinates, "A position must be a finite number within ±1,000,000.");

    public static RoomError DuplicateLink(string id) =>
        new(ErrorCodes.DuplicateLink, "These two elements are already linked this way.", ElementId: id);
}
