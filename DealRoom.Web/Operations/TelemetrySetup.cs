using DealRoom.Web.Collaboration;
using DealRoom.Web.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DealRoom.Web.Operations;

/// <summary>
/// OpenTelemetry metrics (the <c>DealRoom.Rooms</c> meter, ASP.NET Core hosting and Kestrel, SignalR connections) and
/// traces (ASP.NET Core requests, SignalR hub invocations, the <c>DealRoom.Rooms</c> activity source). Nothing leaves the process unless an
/// OTLP endpoint is configured: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with the other standard <c>OTEL_*</c>
/// variables), or <c>OpenTelemetry:OtlpEndpoint</c> and <c>OpenTelemetry:OtlpProtocol</c> (<c>Grpc</c>, the default,
/// or <c>HttpProtobuf</c>).
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "DealRoom";

    /// <summary>The activity source the collaboration core's spans use.</summary>
    public const string ActivitySourceName = "DealRoom.Rooms";

    public const string EndpointKey = "OpenTelemetry:OtlpEndpoint";
    public const string ProtocolKey = "OpenTelemetry:OtlpProtocol";

    /// <summary>The meters a DealRoom node publishes: its own and the framework's for HTTP and SignalR.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        RoomMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
    ];

    /// <summary>
    /// Span sources: ours, and SignalR's hub method invocations (in .NET 10 <c>Microsoft.AspNetCore.SignalR.Server</c>
    /// is an activity source, not a meter; SignalR's connection metrics come from the Http.Connections meter).
    /// </summary>
    public static readonly IReadOnlyList<string> ActivitySources = [ActivitySourceName, "Microsoft.AspNetCore.SignalR.Server"];

    public static IServiceCollection AddDealRoomTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var fromEnvironment = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var endpoint = configuration[EndpointKey];
        if (!fromEnvironment && string.IsNullOrWhiteSpace(endpoint))
        {
            // Nothing to export to: no providers at all. Listening providers would make every hub call start an
            // activity and every histogram aggregate, for nobody (measured: ~15-20% more server CPU per edit in the
            // relay benchmark). dotnet-counters reads the meters without them.
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter([.. Meters]))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource([.. ActivitySources]));

        if (fromEnvironment)
        {
            // The exporter reads the endpoint, protocol, headers and intervals from the OTEL_* settings itself.
            telemetry.UseOtlpExporter();
        }
        else if (endpoint is { Length: > 0 })
        {
            var protocol = configuration.GetValue(ProtocolKey, OtlpExportProtocol.Grpc);
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint, UriKind.Absolute));
        }

        return services;
    }
}
