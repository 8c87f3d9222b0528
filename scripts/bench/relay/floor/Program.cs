// The floor of scripts/bench/relay: what ASP.NET Core SignalR alone costs per edit on this machine. The same hub
// contract as DealRoom's for what bench.mjs uses (joinRoom, submit answered with an ack, operationApplied to the
// room's group), and nothing else: no sign-in, no sequencer, no op log, no rules, no projection.
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSignalR();
var app = builder.Build();
app.MapGet("/health/live", () => "ok");
app.MapHub<FloorHub>("/hubs/dealroom");
app.Run();

/// <summary>Relays each submit to everyone in the room, the author included, then answers the author.</summary>
internal sealed class FloorHub : Hub
{
    private static long s_version;

    public async Task<object> JoinRoom(JsonElement request)
    {
        var roomId = request.GetProperty("roomId").GetString()!;
        await Groups.AddToGroupAsync(Context.ConnectionId, roomId);
        return new { ok = true, roomId };
    }

    public async Task<object> Submit(JsonElement request)
    {
        var roomId = request.GetProperty("roomId").GetString()!;
        var opId = request.GetProperty("opId").GetString()!;
        var version = Interlocked.Increment(ref s_version);
        var message = new
        {
            roomId,
            version,
            opId,
            authorId = "bench",
            authorName = "Bench",
            at = DateTimeOffset.UtcNow,
            operation = request.GetProperty("operation"),
        };
        await Clients.Group(roomId).SendAsync("OperationApplied", message);
        return new { ok = true, roomId, opId, version, duplicate = false };
    }
}
