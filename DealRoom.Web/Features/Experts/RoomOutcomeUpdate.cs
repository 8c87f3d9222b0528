namespace DealRoom.Web.Features.Experts;

/// <summary>Records how the deal ended: <c>Won</c>, <c>Lost</c> or <c>NoDecision</c>, and the day (today or earlier).</summary>
public sealed record RoomOutcomeUpdate(string? Outcome, DateOnly? ClosedOn);
