namespace DealRoom.Web.Features.Access;

/// <summary>
/// The body of every REST error: a stable code (the hub's codes, <c>ErrorCodes</c>), a plain message, and the request
/// field at fault when there is one. Serialized as <c>{ "code", "message", "field" }</c>.
/// </summary>
public sealed record ApiError(string Code, string Message, string? Field = null);
