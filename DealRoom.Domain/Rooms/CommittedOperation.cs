using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Rooms;

/// <summary>An operation that is in the op log: its place in the room's order, who made it and when.</summary>
public sealed record CommittedOperation(
    long Version,
    string OpId,
    string AuthorId,
    string AuthorName,
    DateTimeOffset At,
    Operation Operation)
{
    /// <summary>The context the operation was applied in, to apply it again exactly as it was.</summary>
    public OperationContext Context => new(AuthorId, AuthorName, At);
}
