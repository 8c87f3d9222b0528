using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Web.Collaboration;
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
    public void SingleNode_ShouldHaveNoLeaseAndNoForwarding_WhenRedisIsNotConfigured()
    {
        var services = new ServiceCollection();
        services.AddDealRoomScaleOut(Config(), services.AddSignalR());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IRoomAffinity));
        Assert.Contains(services, d => d.ServiceType == typeof(IRoomBus) && d.ImplementationType == typeof(LocalRoomBus));
    }

    [Fact]
    public void RoomAffinity_ShouldBeSwitchedOn_WithItsDefaults_WhenRedisIsConfigured()
    {
        var services = new ServiceCollection();
        services.AddDealRoomScaleOut(Config(("Redis:Configuration", "127.0.0.1:6379")), services.AddSignalR());

        Assert.Contains(services, d => d.ServiceType == typeof(IRoomAffinity));
        Assert.Equal(RoomAffinityOptions.Default, ScaleOutSetup.AffinityOptions(Config()));
        Assert.Equal(
            new RoomAffinityOptions(TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(500)),
            ScaleOutSetup.AffinityOptions(Config(("Redis:RoomLease", "00:00:03"), ("Redis:ForwardTimeout", "00:00:00.5"))));
        Assert.Throws<InvalidOperationException>(() => ScaleOutSetup.AffinityOptions(Config(("Redis:RoomLease", "00:00:00.1"))));
    }

    [Fact]
    public void PresenceHeartbeat_ShouldHaveItsDefault_AndRefuseTooShortAValue()
    {
        Assert.Equal(TimeSpan.FromSeconds(9), ScaleOutSetup.PresenceOptions(Config()).ValidFor);
        Assert.Equal(TimeSpan.FromSeconds(1), ScaleOutSetup.PresenceOptions(Config(("Redis:PresenceHeartbeat", "00:00:01"))).Heartbeat);
        Assert.Throws<InvalidOperationException>(() => ScaleOutSetup.PresenceOptions(Config(("Redis:PresenceHeartbeat", "00:00:00.01"))));
    }

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

    [Fact]
    public void BusMessage_ShouldCarryTheCommittedOperations_WhenTheBatchIsSmall()
    {
        var at = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        IReadOnlyList<CommittedOperation> committed =
        [
            new(41, "op-1", "u-1", "Ana", at, new MoveNode("sh-1", 1.5, 2)),
            new(42, "op-2", "u-2", "Ben", at.AddMilliseconds(3), new UpdateRoom(new Dictionary<string, string?> { ["compellingEvent"] = "Board\nmeeting" })),
        ];
        var message = RedisRoomBus.Format("node1", "room:1", 42) + "\n" + CommittedOperationsJson.Write(committed);

        Assert.True(RedisRoomBus.TryParse(message, out var node, out var room, out var version));
        Assert.Equal(("node1", "room:1", 42L), (node, room, version));
        var carried = RedisRoomBus.CarriedOperations(message);
        Assert.NotNull(carried);
        Assert.Equal(committed.Select(Text), carried.Select(Text));
        Assert.Null(RedisRoomBus.CarriedOperations(RedisRoomBus.Format("node1", "room:1", 42)));
        Assert.Null(RedisRoomBus.CarriedOperations(RedisRoomBus.Format("node1", "room:1", 42) + "\n[{\"version\":1}]"));

        static string Text(CommittedOperation op) => $"{op.Version} {op.OpId} {op.AuthorId} {op.AuthorName} {op.At:O} {OperationJson.ToJson(op.Operation)}";
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
