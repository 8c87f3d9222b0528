using System.Net;
using DealRoom.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DealRoom.Tests.Web.Operations;

/// <summary>/health/live answers while the process runs; /health/ready only while the database (and Redis, when configured) answer.</summary>
public sealed class HealthTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_ShouldAnswerHealthyToAnonymousCallers_WhenEverythingIsUp(string path)
    {
        using var anonymous = fixture.Server.CreateHttpClient();

        using var response = await anonymous.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_ShouldAnswer503WhileLiveStays200_WhenTheOpLogCannotBeRead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var anonymous = server.CreateHttpClient();
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath}"))
        {
            await connection.OpenAsync(ct);
            await using var rename = connection.CreateCommand();
            rename.CommandText = "ALTER TABLE Operations RENAME TO OperationsGone;";
            await rename.ExecuteNonQueryAsync(ct);
        }

        using var ready = await anonymous.GetAsync("/health/ready", ct);
        using var live = await anonymous.GetAsync("/health/live", ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_ShouldAnswer503_WhenTheConfiguredRedisStops()
    {
        var ct = TestContext.Current.CancellationToken;
        var redis = await RedisServer.StartAsync(TimeSpan.FromMinutes(4));
        var redisStopped = false;
        try
        {
            await using var server = new DealRoomServer(settings: new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = redis.Configuration,
                ["Redis:ChannelPrefix"] = "DealRoomHealth-" + Guid.NewGuid().ToString("N"),
                ["Logging:LogLevel:Default"] = "Warning",
            });
            using var anonymous = server.CreateHttpClient();
            using var before = await anonymous.GetAsync("/health/ready", ct);

            await redis.DisposeAsync();
            redisStopped = true;

            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            await Eventually.TrueAsync(
                async () =>
                {
                    using var after = await anonymous.GetAsync("/health/ready", ct);
                    return after.StatusCode == HttpStatusCode.ServiceUnavailable;
                },
                "/health/ready kept answering 200 after Redis stopped");
            using var live = await anonymous.GetAsync("/health/live", ct);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            if (!redisStopped)
            {
                await redis.DisposeAsync();
            }
        }
    }
}
