namespace DealRoom.Web.Collaboration;

/// <summary>Tuning of room sessions (section "Rooms" of the configuration).</summary>
public sealed class RoomSessionOptions
{
    /// <summary>At most this many queued operations are committed in one transaction.</summary>
    public int MaxBatch { get; set; } = 64;

    /// <summary>A snapshot is saved after this many operations since the last one.</summary>
    public int SnapshotEvery { get; set; } = 1000;

    /// <summary>This many recent operations are kept in memory for fast catch-up and opId de-duplication.</summary>
    public int RecentOperations { get; set; } = 10_000;

    /// <summary>A client further behind than this gets a snapshot instead of operations.</summary>
    public int MaxCatchUpOperations { get; set; } = 5_000;

    /// <summary>A session with no listeners is evicted after this long without a submission.</summary>
    public TimeSpan IdleEviction { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the summaries of rooms that changed are stored for the rooms page.</summary>
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
