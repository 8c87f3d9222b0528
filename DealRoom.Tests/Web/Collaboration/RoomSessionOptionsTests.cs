using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>Settings under "Rooms" are checked when the app starts, not when a room or a timer first trips on them.</summary>
public sealed class RoomSessionOptionsTests
{
    private readonly RoomSessionOptionsValidator _validator = new();

    [Fact]
    public void Defaults_ShouldBeValid()
    {
        Assert.True(_validator.Validate(null, new RoomSessionOptions()).Succeeded);
    }

    [Fact]
    public void Validate_ShouldNameEverySettingOutOfRange()
    {
        var result = _validator.Validate(null, new RoomSessionOptions
        {
            MaxBatch = 0,
            SnapshotEvery = 0,
            RecentOperations = -1,
            IdleEviction = TimeSpan.Zero,
            SummaryInterval = TimeSpan.FromMilliseconds(10),
        });

        Assert.True(result.Failed);
        Assert.Equal(5, result.Failures!.Count());
        Assert.All(["Rooms:MaxBatch", "Rooms:SnapshotEvery", "Rooms:RecentOperations", "Rooms:IdleEviction", "Rooms:SummaryInterval"],
            setting => Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void App_ShouldRefuseToStart_WithASummaryIntervalOfZero()
    {
        var database = Path.Combine(Path.GetTempPath(), $"dealroom-options-{Guid.NewGuid():N}.db");
        try
        {
            var refused = Assert.ThrowsAny<Exception>(() =>
                new DealRoomServer(database, new Dictionary<string, string?> { ["Rooms:SummaryInterval"] = "00:00:00" }));

            Assert.Contains("Rooms:SummaryInterval must be at least", refused.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            DealRoomServer.DeleteDatabase(database);
        }
    }
}
