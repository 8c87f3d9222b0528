using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DealRoom.Tests.Support;

/// <summary>
/// An OTLP/HTTP receiver on a loopback port that keeps every export it is sent (path and protobuf body). Protobuf
/// strings travel as plain UTF-8, so a meter or source name can be looked for in the bytes without decoding.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
    private WebApplication _app = null!;

    public string Endpoint => _app.Urls.First();

    public static async Task<FakeOtlpCollector> StartAsync(CancellationToken cancellationToken)
    {
        var collector = new FakeOtlpCollector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        collector._app = builder.Build();
        collector._app.MapPost("/v1/{signal}", async (HttpContext context, CancellationToken ct) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, ct);
            collector._received.Enqueue((context.Request.Path.Value!, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await collector._app.StartAsync(cancellationToken);
        return collector;
    }

    /// <summary>True once an export to <paramref name="path"/> (e.g. /v1/metrics) named <paramref name="text"/>.</summary>
    public bool Received(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _received.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
