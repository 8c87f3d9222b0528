using System.Text.Json;
using System.Text.Json.Serialization;
using DealRoom.Web.Features.Accounts;
using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Features.Experts;
using StackExchange.Redis;

namespace DealRoom.Web.Features.News;

/// <summary>
/// Passes news that open pages refresh on between nodes on <c>{prefix}:news</c>: expert requests and notifications
/// (<see cref="ExpertEvents"/>: the queue, the bell) and account changes (<see cref="AccountNotifier"/>: the account
/// page), so a page on any node refreshes when another node made the change, and the rooms whose expert facts changed
/// (<see cref="ExpertGapRefresh"/>), so their sessions on every node evaluate gaps E3–E5 again. The news carries no
/// content, only who or what to reload; pages and sessions read the database. Pub/sub delivers at most once: a page that misses news shows the change
/// at its next load.
/// </summary>
public sealed partial class RedisNewsRelay(
    IConnectionMultiplexer redis,
    RedisScaleOutOptions options,
    ScaleOutNode node,
    ExpertEvents experts,
    AccountNotifier accounts,
    ExpertGapRefresh gaps,
    ILogger<RedisNewsRelay> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly RedisChannel _channel = RedisChannel.Literal(options.ChannelPrefix + ":news");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message)).ConfigureAwait(false);
        experts.RaisedHere += PublishExperts;
        accounts.NotifiedHere += PublishAccount;
        gaps.RefreshedHere += PublishFacts;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        experts.RaisedHere -= PublishExperts;
        accounts.NotifiedHere -= PublishAccount;
        gaps.RefreshedHere -= PublishFacts;
        if (redis.IsConnected)
        {
            await redis.GetSubscriber().UnsubscribeAsync(_channel).ConfigureAwait(false);
        }
    }

    /// <summary>Reads relayed news; null when the message is not news.</summary>
    public static RelayedNews? Parse(string message)
    {
        try
        {
            var news = JsonSerializer.Deserialize<RelayedNews>(message, Json);
            return news is { Node.Length: > 0 } && Enum.IsDefined(news.Kind)
                && (news.Kind == NewsKind.Experts || news.Subject is { Length: > 0 }) ? news : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Format(RelayedNews news) => JsonSerializer.Serialize(news, Json);

    private void PublishExperts(string? userId) => Publish(new RelayedNews(node.Id, NewsKind.Experts, userId));

    private void PublishAccount(string accountId) => Publish(new RelayedNews(node.Id, NewsKind.Account, accountId));

    private void PublishFacts(IReadOnlyCollection<string> roomIds) => Publish(new RelayedNews(node.Id, NewsKind.ExpertFacts, string.Join(',', roomIds)));

    // The change is already saved and told to this node's pages: Redis being away must not fail the request that made it.
    private void Publish(RelayedNews news)
    {
        try
        {
            redis.GetSubscriber().Publish(_channel, Format(news), CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            LogPublishFailed(ex, news.Kind);
        }
    }

    private void OnMessage(RedisValue value)
    {
        var message = value.ToString();
        if (Parse(message) is not { } news)
        {
            LogMalformed(message.Length > 200 ? message[..200] : message);
            return;
        }

        if (news.Node == node.Id)
        {
            return;
        }

        try
        {
            if (news.Kind == NewsKind.Experts)
            {
                experts.RaiseFromOtherNode(news.Subject);
            }
            else if (news.Kind == NewsKind.ExpertFacts)
            {
                _ = gaps.RefreshFromOtherNodeAsync(news.Subject!.Split(',', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                // Pages marshal onto their own circuits; a failure of one must not stop Redis's delivery thread.
                _ = accounts.NotifyFromOtherNodeAsync(news.Subject!).ContinueWith(
                    t => LogDeliveryFailed(t.Exception!, news.Kind), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(ex, news.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "News relay: could not relay {Kind} news; pages on other nodes show it at their next load")]
    private partial void LogPublishFailed(Exception ex, NewsKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "News relay: ignored a malformed message '{Message}'")]
    private partial void LogMalformed(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "News relay: a page failed on {Kind} news from another node")]
    private partial void LogDeliveryFailed(Exception ex, NewsKind kind);
}
