namespace DealRoom.Domain.Experts;

/// <summary>
/// When an open expert request has waited too long: past the date it was needed by, or, without one, longer than
/// <see cref="MaxOpenDays"/>. A week is what a deal team can wait before the pursuit meeting goes on without the expert.
/// </summary>
public static class RequestAge
{
    public const int MaxOpenDays = 7;

    public static bool IsOverdue(DateTimeOffset createdAt, DateOnly? neededBy, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return neededBy is { } by ? today > by : now - createdAt > TimeSpan.FromDays(MaxOpenDays);
    }
}
