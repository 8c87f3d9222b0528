using DealRoom.Web.Collaboration;
using DealRoom.Web.Collaboration.Hub;
using DealRoom.Web.Collaboration.ScaleOut;
using DealRoom.Web.Components;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Exports;
using DealRoom.Web.Features.Imports;
using DealRoom.Web.Features.Comments;
using DealRoom.Web.Features.Accounts;
using DealRoom.Web.Features.Experts;
using DealRoom.Web.Features.News;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Operations;
using DealRoom.Web.Persistence;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Persistence: SQLite by default, created and migrated at start.
builder.Services.AddDealRoomPersistence(builder.Configuration, builder.Environment);

// Collaboration: one session per open room, the gate every participant comes through, the hub, and what attaches
// to sessions (the hub broadcaster; the rooms page's summaries, registered by AddDealRoomRooms).
var signalR = builder.Services.AddDealRoomCollaboration(builder.Configuration);
builder.Services.AddDealRoomRooms();

// Past one node (Redis:Configuration set): the SignalR Redis backplane, a Redis channel that wakes the other
// nodes' room sessions after each commit, shared data protection keys. Unset: one node, nothing shared.
builder.Services.AddDealRoomScaleOut(builder.Configuration, signalR);

// The data-protection keys encrypted at rest with a certificate when one is configured (required in Production
// when Redis holds them).
builder.Services.AddDealRoomKeyProtection(builder.Configuration, builder.Environment);

// Access: team sign-in, room membership, customer invitations; checked on every path.
builder.Services.AddDealRoomAccess();
builder.Services.AddDealRoomAccounts();

// Exports and imports: map pictures (SVG, PNG), the deal brief, room files, stakeholders from CRM CSV exports.
builder.Services.AddDealRoomExports();
// Comments: threads are room operations; read markers and who may be mentioned live beside the op log.
builder.Services.AddDealRoomComments();

// Experts: the directory, expert requests and their queue, notifications with a mail outbox.
builder.Services.AddDealRoomExperts();
builder.Services.AddDealRoomNews(); // after scale-out: relays news between nodes when Redis is on

// UI: Blazor Server with MudBlazor.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddScoped<DealRoom.Web.Features.Presence.CircuitConnection>();
builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, DealRoom.Web.Features.Presence.CircuitConnectionHandler>();
builder.Services.AddMudServices();
builder.Services.AddSingleton<DealRoom.Web.Features.History.RoomHistoryService>();

// Operations: the REST API's OpenAPI document, health endpoints, OpenTelemetry (exported only when configured).
builder.Services.AddDealRoomOpenApi();
builder.Services.AddDealRoomHealth(builder.Configuration);
builder.Services.AddDealRoomTelemetry(builder.Configuration);

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
app.MapAccountEndpoints();
app.MapRoomImport();
app.MapRoomHistory();
app.MapRoomExports();
app.MapStakeholderCsvImport();
app.MapCommentEndpoints();
app.MapExpertEndpoints();
app.MapDealRoomOpenApi();
app.MapDealRoomHealth();
app.MapDealRoomBackup();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
