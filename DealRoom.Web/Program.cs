using DealRoom.Web.Collaboration;
using DealRoom.Web.Collaboration.Hub;
using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Components;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Persistence: SQLite by default, created and migrated at start.
builder.Services.AddDealRoomPersistence(builder.Configuration, builder.Environment);

// Collaboration: one session per open room, the hub, and what attaches to sessions.
builder.Services.AddOptions<RoomSessionOptions>().Bind(builder.Configuration.GetSection("Rooms")).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<RoomSessionOptions>, RoomSessionOptionsValidator>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<RoomRegistry>();
builder.Services.AddHostedService<RoomEvictionService>();
builder.Services.AddSingleton<HubConnections>();
builder.Services.AddSingleton<IRoomObserver, HubBroadcaster>();

// The rooms page reads stored summaries; the nodes that have a room open keep its summary current.
builder.Services.AddSingleton<RoomSummaryWriter>();
builder.Services.AddSingleton<IRoomObserver>(sp => sp.GetRequiredService<RoomSummaryWriter>());
builder.Services.AddHostedService(sp => sp.GetRequiredService<RoomSummaryWriter>());
builder.Services.AddScoped<RoomList>();
var signalR = builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 256 * 1024)
    .AddJsonProtocol(o =>
    {
        o.PayloadSerializerOptions.Converters.Add(new OperationJsonConverter());
        o.PayloadSerializerOptions.Converters.Add(new RoomStateJsonConverter());
    });

// Past one node (Redis:Configuration set): the SignalR Redis backplane, a Redis channel that wakes the other
// nodes' room sessions after each commit, shared data protection keys. Unset: one node, nothing shared.
builder.Services.AddDealRoomScaleOut(builder.Configuration, signalR);

// Access: team sign-in, room membership, customer invitations; checked on every path.
builder.Services.AddDealRoomAccess();

// UI: Blazor Server with MudBlazor.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddScoped<DealRoom.Web.Features.Presence.CircuitConnection>();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, DealRoom.Web.Features.Presence.CircuitConnectionHandler>();
builder.Services.AddMudServices();

var app = builder.Build();

await app.Services.MigrateAndSeedAsync(app.Configuration);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHub<DealRoomHub>(DealRoomHub.Path).RequireAuthorization();
app.MapAccessEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
