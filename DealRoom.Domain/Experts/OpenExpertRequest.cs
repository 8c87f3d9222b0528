namespace DealRoom.Domain.Experts;

/// <summary>An expert request of a room that nobody answered yet: the expertise, when it was asked and needed by.</summary>
public sealed record OpenExpertRequest(string Id, string Expertise, DateTimeOffset CreatedAt, DateOnly? NeededBy);
