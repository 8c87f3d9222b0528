using DealRoom.Domain.Rooms;

namespace DealRoom.Web.Features.Access;

/// <summary>A value, or the error (stable code, plain message) that refused the request.</summary>
public sealed record AccessResult<T>(T? Value, RoomError? Error)
{
    public bool Succeeded => Error is null;

    public static AccessResult<T> Ok(T value) => new(value, null);

    public static AccessResult<T> Fail(string code, string message, string? field = null) => new(default, new RoomError(code, message, field));

    public static AccessResult<T> Forbidden(string message = "You may not do this in this room.") => Fail(ErrorCodes.Forbidden, message);
}
