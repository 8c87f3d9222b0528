using DealRoom.Domain.Experts;

namespace DealRoom.Tests.Domain.Experts;

public class RequestAgeTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(6, null, false)]
    [InlineData(8, null, true)]
    [InlineData(3, "2026-12-04", false)]
    [InlineData(4, "2026-12-04", true)]
    [InlineData(20, "2026-12-31", false)]
    public void IsOverdue_ShouldFollowTheNeededByDate_OrAWeekWithoutOne(int daysLater, string? neededBy, bool overdue)
    {
        var by = neededBy is null ? (DateOnly?)null : DateOnly.Parse(neededBy, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, RequestAge.IsOverdue(Created, by, Created.AddDays(daysLater)));
    }
}
