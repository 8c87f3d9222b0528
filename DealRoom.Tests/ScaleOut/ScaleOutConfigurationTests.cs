using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;

namespace DealRoom.Tests.ScaleOut;

public sealed class ScaleOutConfigurationTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    [InlineData("postgres", DatabaseProvider.PostgreSql)]
    public void Provider_ShouldBeRead_FromDatabaseProvider(string? value, DatabaseProvider expected) =>
        Assert.Equal(expected, PersistenceSetup.Provider(Config(("Database:Provider", value))));

    [Fact]
    public void Provider_ShouldRefuse_AnUnknownName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PersistenceSetup.Provider(Config(("Database:Provider", "Oracle"))));
        Assert.Contains("PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Data Source=data/dealroom.db")]
    public void PostgreSql_ShouldRefuse_AMissingOrSqliteConnectionString(string? connectionString)
    {
        var configuration = Config(("Database:Provider", "PostgreSql"), ("ConnectionStrings:DealRoom", connectionString));
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDealRoomPersistence(configuration, new Environment()));
        Assert.Contains("ConnectionStrings:DealRoom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_ShouldBeOff_WhenNotConfigured() => Assert.Null(ScaleOutSetup.RedisOptions(Config()));

    [Fact]
    public void Redis_ShouldUseTheDefaultPrefix_WhenOnlyTheServerIsGiven() =>
        Assert.Equal(new RedisScaleOutOptions("127.0.0.1:6379", "DealRoom"), ScaleOutSetup.RedisOptions(Config(("Redis:Configuration", "127.0.0.1:6379"))));

    [Theory]
    [InlineData("room-abc", 42L)]
    [InlineData("room:with:colons", 7L)]
    public void BusMessage_ShouldRoundTrip(string roomId, long version)
    {
        Assert.True(RedisRoomBus.TryParse(RedisRoomBus.Format("node1", roomId, version), out var node, out var room, out var parsed));
        Assert.Equal(("node1", roomId, version), (node, room, parsed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("room:1")]
    [InlineData("|room:1")]
    [InlineData("node|:1")]
    [InlineData("node|room:")]
    [InlineData("node|room:-1")]
    [InlineData("node|room:x")]
    public void BusMessage_ShouldBeRefused_WhenMalformed(string? message) =>
        Assert.False(RedisRoomBus.TryParse(message, out _, out _, out _));

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "DealRoom.Web";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
