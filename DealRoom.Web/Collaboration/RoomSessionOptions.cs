using Microsoft.Extensions.Options;

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

    /// <summary>How often the summaries of rooms that changed are stored for the rooms page (at least 50 ms).</summary>
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Submissions one connection (a hub connection or a browser circuit) may make per second, sustained; a person
    /// editing makes a few, a client coalescing drags a dozen.
    /// </summary>
    public int SubmitsPerSecondPerConnection { get; set; } = 50;

    /// <summary>Submissions one user may make per second over all their connections, sustained.</summary>
    public int SubmitsPerSecondPerUser { get; set; } = 100;

    /// <summary>How many seconds' worth of submissions may come at once (a burst such as an import or a pasted list).</summary>
    public int SubmitBurstSeconds { get; set; } = 4;
}

/// <summary>Refuses, at start, settings under "Rooms" that would break a room session or a background task later.</summary>
public sealed class RoomSessionOptionsValidator : IValidateOptions<RoomSessionOptions>
{
    public ValidateOptionsResult Validate(string? name, RoomSessionOptions options)
    {
        List<string> problems = [];
        if (options.SubmitsPerSecondPerConnection < 1 || options.SubmitsPerSecondPerUser < 1 || options.SubmitBurstSeconds < 1)
        {
            problems.Add("Rooms:SubmitsPerSecondPerConnection, Rooms:SubmitsPerSecondPerUser and Rooms:SubmitBurstSeconds must be at least 1.");
        }

        if (options.MaxBatch < 1)
        {
            problems.Add("Rooms:MaxBatch must be at least 1.");
        }

        if (options.SnapshotEvery < 1)
        {
            problems.Add("Rooms:SnapshotEvery must be at least 1.");
        }

        if (options.RecentOperations < 0 || options.MaxCatchUpOperations < 0)
        {
            problems.Add("Rooms:RecentOperations and Rooms:MaxCatchUpOperations may not be negative.");
        }

        if (options.IdleEviction <= TimeSpan.Zero)
        {
            problems.Add("Rooms:IdleEviction must be longer than 00:00:00.");
        }

        if (options.SummaryInterval < TimeSpan.FromMilliseconds(50))
        {
            problems.Add("Rooms:SummaryInterval must be at least 00:00:00.05.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
