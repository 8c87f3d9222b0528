using DealRoom.Web.Collaboration;
using DealRoom.Web.Collaboration.Hub;
using DealRoom.Web.Components;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Presence;
using DealRoom.Web.Persistence;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Persistence: SQLite by default, created and migrated at start.
builder.Services.AddDealRoomPersistence(builder.Configuration, builder.Environment);

// Collaboration: one session per open room, the hub, and what attaches to sessions.
builder.Services.Configure<RoomSessionOptions>(builder.Configuration.GetSection("Rooms"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IRoomBus, LocalRoomBus>();
builder.Services.AddSingleton<RoomRegistry>();
builder.Services.AddHostedService<RoomEvictionService>();
builder.Services.AddSingleton(new HubBroadcastOptions(UsesBackplane: false));
builder.Services.AddSingleton<IRoomObserver, HubBroadcaster>();
builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 256 * 1024)
    .AddJsonProtocol(o =>
    {
        o.PayloadSerializerOptions.Converters.Add(new OperationJsonConverter());
        o.PayloadSerializerOptions.Converters.Add(new RoomStateJsonConverter());
    });

// Access: who may do what in which room.
builder.Services.AddSingleton<IRoomAccessPolicy, OpenRoomAccessPolicy>();

// UI: Blazor Server with MudBlazor.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddScoped<DisplayName>();

var app = builder.Build();

await app.Services.MigrateAndSeedAsync(app.Configuration);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStaticFiles();
app.UseAntiforgery();

app.MapHub<DealRoomHub>(DealRoomHub.Path);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
