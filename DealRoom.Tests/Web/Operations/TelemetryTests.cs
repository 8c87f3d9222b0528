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
    public async Task Telemetry_ShouldRegisterNoProviderAtAll_WhenNoEndpointIsConfigured()
    {
        await using var server = new DealRoomServer();

        // No providers: nothing leaves the process, and no hub call starts an activity nobody reads.
        Assert.Null(server.Services.GetService(typeof(MeterProvider)));
        Assert.Null(server.Services.GetService(typeof(TracerProvider)));
        Assert.Null(System.Diagnostics.Activity.Current);
    }

    private static object? Internal(object provider, string name)
    {
        var property = provider.GetType().GetProperty(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.NotNull(property);
        return property.GetValue(provider);
    }
}
