using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.LoadTest;

/// <summary>
/// The real app in this process on a loopback port (Kestrel), on a fresh SQLite file in the temp folder, with the
/// demo users seeded and logging at Warning.
/// </summary>
public sealed class LoadServer : WebApplicationFactory<Program>
{
    /// <param name="submitsPerSecondPerConnection">The per-connection submission limit (the flood scenario sets a real one).</param>
    public LoadServer(int submitsPerSecondPerConnection = 1_000_000)
    {
        SubmitsPerSecondPerConnection = submitsPerSecondPerConnection;
        DatabasePath = Path.Combine(Path.GetTempPath(), $"dealroom-load-{Guid.NewGuid():N}.db");
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public string DatabasePath { get; }

    /// <summary>The per-connection submission limit this server runs with.</summary>
    public int SubmitsPerSecondPerConnection { get; }

    public string BaseUrl { get; }

    /// <summary>The Blazor circuits open in this server right now.</summary>
    public CircuitCounter Circuits { get; } = new();

    /// <summary>Every circuit's inbound activities, timed while switched on (the browser-field scenario's trace).</summary>
    public CircuitActivityTrace Activities { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Staging");
        builder.UseSetting("ConnectionStrings:DealRoom", $"Data Source={DatabasePath}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Every load client signs in as the one demo owner and some scenarios measure throughput: the per-person
        // submission limits would refuse them. The "flood" scenario sets its own limits.
        builder.UseSetting("Rooms:SubmitsPerSecondPerConnection", SubmitsPerSecondPerConnection.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Rooms:SubmitsPerSecondPerUser", "1000000");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");

        // The browser scenarios need MudBlazor's and Blazor.Diagrams' assets (_content/...), which only Development
        // serves by default; and they count the open circuits.
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<CircuitHandler>(Circuits);
            services.AddSingleton<CircuitHandler>(Activities);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }
}
