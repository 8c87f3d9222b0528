using StackExchange.Redis;

namespace DealRoom.Web.Features.News;

public static class NewsSetup
{
    /// <summary>
    /// With scale-out on (Redis registered by <c>AddDealRoomScaleOut</c>, so call this after it), the queue, the bell,
    /// account pages and expert gaps refresh on every node through <see cref="RedisNewsRelay"/>; on one node the
    /// in-process events are all there is.
    /// </summary>
    public static IServiceCollection AddDealRoomNews(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer)))
        {
            services.AddHostedService<RedisNewsRelay>();
        }

        return services;
    }
}
