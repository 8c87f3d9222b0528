namespace DealRoom.Domain.Rooms;

/// <summary>The stable error codes of the room protocol. Never rename one: clients match on them.</summary>
public static class ErrorCodes
{
    /// <summary>The operation's type is not one the room knows.</summary>
    public const string UnknownOperation = "unknown_operation";

    /// <summary>The message could not be read (malformed JSON, wrong JSON type for a field).</summary>
    public const string Malformed = "malformed";

    /// <summary>An id is empty, too long, or uses characters other than letters, digits, '-', '_', '.' and ':'.</summary>
    public const string InvalidId = "invalid_id";

    /// <summary>An element with this id already exists in the room.</summary>
    public const string DuplicateId = "duplicate_id";

    /// <summary>The element the operation names does not exist (or no longer exists).</summary>
    public const string NotFound = "not_found";

    /// <summary>The element exists but is of the wrong kind or type for this operation.</summary>
    public const string WrongType = "wrong_type";

    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "required";

    /// <summary>A text is longer than its limit.</summary>
    public const string TooLong = "too_long";

    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>A value cannot be read as the field's type (not a number, an unknown enum name, a bad date).</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>The field does not exist on this kind of element.</summary>
    public const string UnknownField = "unknown_field";

    /// <summary>A link from an element to itself.</summary>
    public const string SelfLink = "self_link";

    /// <summary>A link between an element of the stakeholder map and one of the shared-vision map.</summary>
    public const string CrossMap = "cross_map";

    /// <summary>A coordinate that is not finite or lies beyond ±1,000,000.</summary>
    public const string InvalidCoordinates = "invalid_coordinates";

    /// <summary>The same link (same ends and kind) already exists.</summary>
    public const string DuplicateLink = "duplicate_link";

    /// <summary>The sender may not do this (not a member, a viewer, a customer outside its projection).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>The caller is not signed in, or its token is invalid, expired or revoked.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>The room does not exist, or the caller may not know that it exists.</summary>
    public const string RoomNotFound = "room_not_found";

    /// <summary>The caller has not joined the room it is addressing.</summary>
    public const string NotJoined = "not_joined";

    /// <summary>The server could not commit the operation; nothing was applied. Resubmit with the same opId.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>The caller submits faster than a person edits; nothing was applied. Slow down, then resubmit with the same opId.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>An undo with nothing of the sender's own left to undo in this room.</summary>
    public const string NothingToUndo = "nothing_to_undo";

    /// <summary>A redo with nothing undone to redo (or a new change of the sender's own since the undo).</summary>
    public const string NothingToRedo = "nothing_to_redo";

    /// <summary>Part of an undo or redo was skipped: someone else changed that part since (the answer says which).</summary>
    public const string ChangedSince = "changed_since";
    /// <summary>A shared thread on something customers cannot see (a hidden stakeholder, a team element, a gap).</summary>
    public const string NotShareable = "not_shareable";

    /// <summary>The thread or suggestion is not in a state this operation applies to (resolved twice, decided twice).</summary>
    public const string InvalidState = "invalid_state";
}
