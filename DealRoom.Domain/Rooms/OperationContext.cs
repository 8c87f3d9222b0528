namespace DealRoom.Domain.Rooms;

/// <summary>Who applies an operation and when: recorded with acknowledgements, iterations and phase changes.</summary>
public sealed record OperationContext(string AuthorId, string AuthorName, DateTimeOffset At);
