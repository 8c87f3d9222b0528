using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealRoom.Web.Operations;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it when it does not). <c>/health/ready</c>: it can serve rooms,
/// because the database answers a query on the op log and, with <c>Redis:Configuration</c>, Redis answers a PING
/// (send no traffic while it does not). Both anonymous, for load balancers and orchestrators; 200 or 503 with a
/// plain-text status.
/// </summary>
public static class HealthSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddDealRoomHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddDbContextCheck<DealRoomDbContext>(
                "database",
                tags: [ReadyTag],
                // CanConnect alone would pass on an empty SQLite file: read the op log's table instead.
                customTestQuery: async (db, ct) =>
                {
                    await db.Operations.AsNoTracking().Select(o => o.Version).Take(1).ToListAsync(ct);
                    return true;
                });
        if (ScaleOutSetup.RedisOptions(configuration) is not null)
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(3));
        }

        return services;
    }

    public static WebApplication MapDealRoomHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
