using System.Reflection;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Operations;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DealRoom.Tests.Web.Operations;

/// <summary>With an OTLP endpoint configured, a node exports DealRoom's, ASP.NET Core's and SignalR's metrics, request and hub traces.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Telemetry_ShouldExportRoomHttpAndSignalRMetricsAndTraces_WhenAnOtlpEndpointIsConfigured()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var collector = await FakeOtlpCollector.StartAsync(ct);
        await using var server = new DealRoomServer(settings: new Dictionary<string, string?>
        {
            [TelemetrySetup.EndpointKey] = collector.Endpoint,
            [TelemetrySetup.ProtocolKey] = nameof(OtlpExportProtocol.HttpProtobuf),
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        var roomId = await TestRooms.CreateAsync(server, ct, "Telemetry");

        await using (var client = await RoomClient.ConnectAsync(server, roomId, ct))
        {
            await client.JoinAsync(ct);
            await client.SubmitAsync(new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?> { ["name"] = "Erik" }), ct);
        }

        foreach (var meter in new[] { "DealRoom.Rooms", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http.Connections" })
        {
            await Eventually.TrueAsync(() => collector.Received("/v1/metrics", meter), $"no metrics from {meter} reached the collector");
        }

        await Eventually.TrueAsync(() => collector.Received("/v1/traces", "/api/auth/token"), "no request trace reached the collector");
        await Eventually.TrueAsync(() => collector.Received("/v1/traces", "Microsoft.AspNetCore.SignalR.Server"), "no hub invocation span reached the collector");
        Assert.NotNull(Internal(server.GetService<MeterProvider>(), "Reader"));
    }

    [Fact]
    public async Task Telemetry_ShouldHaveNoExporter_WhenNoEndpointIsConfigured()
    {
        await using var server = new DealRoomServer();

        var meters = server.GetService<MeterProvider>();
        var tracers = server.GetService<TracerProvider>();

        // The SDK keeps its one metric reader and its span processor chain internal: null means nothing leaves the process.
        Assert.Null(Internal(meters, "Reader"));
        Assert.Null(Internal(tracers, "Processor"));
    }

    private static object? Internal(object provider, string name)
    {
        var property = provider.GetType().GetProperty(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.NotNull(property);
        return property.GetValue(provider);
    }
}
