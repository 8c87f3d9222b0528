using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Collaboration;

/// <summary>An operation that is in the op log: its place in the room's order, who made it and when.</summary>
public sealed record CommittedOperation(
    long Version,
    string OpId,
    string AuthorId,
    string AuthorName,
    DateTimeOffset At,
    Operation Operation);
