using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DealRoom.Web.Operations;

/// <summary>Ready only when Redis answers a PING: without it a node can neither forward edits nor hear other nodes.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", e);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The check's own timeout: a PING waits for a reconnect that may never come.
            return HealthCheckResult.Unhealthy("Redis did not answer in time.");
        }
    }
}
