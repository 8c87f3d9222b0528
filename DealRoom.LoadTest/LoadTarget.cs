using System.Net.Http.Json;
using System.Text.Json;

namespace DealRoom.LoadTest;

/// <summary>
/// The server node(s) under load: loopback base URLs, a bearer token per node (from POST /api/auth/token), and,
/// when the server runs in this process, its services (for the in-process sequencer measurement).
/// </summary>
public sealed class LoadTarget : IDisposable
{
    public const string OwnerEmail = "alex@dealroom.demo";
    public const string OwnerPassword = "DemoOwner-2026";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly string[] _tokens;

    private LoadTarget(IReadOnlyList<string> urls, string[] tokens, IServiceProvider? services)
    {
        Urls = urls;
        _tokens = tokens;
        Services = services;
    }

    public IReadOnlyList<string> Urls { get; }

    /// <summary>The server's services when it runs in this process, else null.</summary>
    public IServiceProvider? Services { get; }

    public static async Task<LoadTarget> SignInAsync(IReadOnlyList<string> urls, IServiceProvider? services, CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            var uri = new Uri(url);
            if (!uri.IsLoopback)
            {
                throw new ArgumentException($"Only loopback servers may be targeted ({url}).");
            }
        }

        using var http = new HttpClient();
        var tokens = new string[urls.Count];
        for (var i = 0; i < urls.Count; i++)
        {
            using var response = await http.PostAsJsonAsync(
                urls[i].TrimEnd('/') + "/api/auth/token", new { email = OwnerEmail, password = OwnerPassword }, cancellationToken);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            tokens[i] = body.GetProperty("accessToken").GetString()!;
        }

        return new LoadTarget(urls, tokens, services);
    }

    /// <summary>The node the n-th client connects to (round robin) and its token.</summary>
    public (string Url, string Token) Node(int n) => (Urls[n % Urls.Count], _tokens[n % Urls.Count]);

    /// <summary>Creates a room with POST /api/rooms; the demo owner becomes its owner.</summary>
    public async Task<string> CreateRoomAsync(string name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Urls[0].TrimEnd('/') + "/api/rooms") { Content = JsonContent.Create(new { name }) };
        request.Headers.Authorization = new("Bearer", _tokens[0]);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>GET /api/rooms/{id}/snapshot on one node: the canonical JSON of a fresh load of the room.</summary>
    public async Task<(long Version, string Json)> SnapshotAsync(string roomId, CancellationToken cancellationToken, int node = 0)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Urls[node].TrimEnd('/')}/api/rooms/{roomId}/snapshot");
        request.Headers.Authorization = new("Bearer", _tokens[node]);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(json);
        return (document.RootElement.GetProperty("version").GetInt64(), json);
    }

    public void Dispose() => _http.Dispose();
}
