using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DealRoom.Tests.Support;

/// <summary>
/// The real app on a real loopback port (Kestrel), on its own SQLite file, so browsers and SignalR clients talk to
/// it exactly as in production. Two servers given the same <see cref="DatabasePath"/> share one database.
/// </summary>
public sealed class DealRoomServer : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private string? _ownerToken;

    /// <param name="databasePath">A SQLite file to use (kept), or null for a fresh one (deleted at the end).</param>
    /// <param name="settings">Configuration on top of the app's.</param>
    /// <param name="services">Replaces services, e.g. the <see cref="TimeProvider"/> with a fake one.</param>
    public DealRoomServer(string? databasePath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"dealroom-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());

        // Tests drive many clients through one demo account as fast as acks come: the submission limits, meant for
        // people, would refuse them. RateLimitTests sets its own.
        _settings.TryAdd("Rooms:SubmitsPerSecondPerConnection", "1000000");
        _settings.TryAdd("Rooms:SubmitsPerSecondPerUser", "1000000");
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string DatabasePath { get; }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string BaseUrl { get; }

    public string HubUrl => BaseUrl + "/hubs/dealroom";

    public T GetService<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>An HTTP client on the real port, without cookies of its own.</summary>
    public HttpClient CreateHttpClient(string? bearerToken = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
        }

        return client;
    }

    /// <summary>A bearer token for a team member, from the REST sign-in.</summary>
    public async Task<string> TokenAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var client = CreateHttpClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A bearer token for the demo room owner (cached: tokens last hours).</summary>
    public async Task<string> OwnerTokenAsync(CancellationToken cancellationToken) =>
        _ownerToken ??= await TokenAsync(DemoUsers.Owner.Email, DemoUsers.Owner.Password, cancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:DealRoom", $"Data Source={DatabasePath}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Deletes a test's SQLite file with its WAL and shared-memory files (pooled connections closed first).</summary>
    public static void DeleteDatabase(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            try
            {
                File.Delete(path + suffix);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS temp cleaner.
            }
        }
    }
}
