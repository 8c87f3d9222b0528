using System.Threading.RateLimiting;
using DealRoom.Domain.Rooms;
using Microsoft.Extensions.Options;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Per-connection and per-user token buckets on submissions, so a client flooding a room is answered
/// <see cref="ErrorCodes.RateLimited"/> at its own gate and never fills the room's queue ahead of everyone else.
/// </summary>
public sealed class SubmissionLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perConnection;
    private readonly PartitionedRateLimiter<string> _perUser;
    private readonly RoomError _refusal;

    public SubmissionLimiter(IOptions<RoomSessionOptions> options)
    {
        var limits = options.Value;
        _perConnection = Buckets(limits.SubmitsPerSecondPerConnection, limits.SubmitBurstSeconds);
        _perUser = Buckets(limits.SubmitsPerSecondPerUser, limits.SubmitBurstSeconds);
        _refusal = new RoomError(
            ErrorCodes.RateLimited,
            $"Too many changes at once: at most {limits.SubmitsPerSecondPerConnection} a second per connection and "
            + $"{limits.SubmitsPerSecondPerUser} per person. Nothing was applied; resubmit with the same opId in a moment.");
    }

    /// <summary>Null when the submission may go on; otherwise the rate_limited error (no token is taken from the other bucket).</summary>
    public RoomError? TryAcquire(string userId, string connectionId)
    {
        using var connection = _perConnection.AttemptAcquire(connectionId);
        if (!connection.IsAcquired)
        {
            return _refusal;
        }

        using var user = _perUser.AttemptAcquire(userId);
        return user.IsAcquired ? null : _refusal;
    }

    public void Dispose()
    {
        _perConnection.Dispose();
        _perUser.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int perSecond, int burstSeconds) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond * burstSeconds,
            TokensPerPeriod = Math.Max(1, perSecond / 10),
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
