using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Crash;

/// <summary>
/// DealRoom as a real operating-system process (the built DealRoom.Web.dll under `dotnet`), on a loopback port and a
/// SQLite file of the test's: what a crash test needs, since only a separate process can be killed with SIGKILL.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(System.Diagnostics.Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string HubUrl => BaseUrl + "/hubs/dealroom";

    public int Id => _process.Id;

    /// <summary>Starts the app on a free port over the SQLite file <paramref name="databasePath"/> and waits until it is up.</summary>
    public static Task<AppProcess> StartAsync(string databasePath, CancellationToken cancellationToken) =>
        StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:DealRoom"] = $"Data Source={databasePath}" }, cancellationToken);

    /// <summary>Starts the app on a free port with these settings (configuration keys) and waits until it is up.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var port = LoopbackPorts.Free();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.File("DealRoom.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppDll());
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["Rooms__SubmitsPerSecondPerConnection"] = "1000000";
        info.Environment["Rooms__SubmitsPerSecondPerUser"] = "1000000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        // Snapshots every 100 operations: a restart then loads most of a room from a snapshot, not from the log.
        info.Environment["Rooms__SnapshotEvery"] = "100";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = new System.Diagnostics.Process { StartInfo = info };
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var ready = false;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (!ready && Stopwatch.GetTimestamp() < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync("/account/login", cancellationToken);
                ready = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, cancellationToken);
            }
        }

        if (!ready)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"DealRoom did not start on {baseUrl}:\n{app.Output}");
        }

        return app;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task<string> TokenAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { email, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>SIGSTOP (freeze: sockets stay open, nothing runs) or SIGCONT (thaw).</summary>
    public async Task SignalAsync(string signal)
    {
        var result = await ExternalProcess.RunAsync("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        result.EnsureSuccess($"kill -{signal}");
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed that was not already committed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    /// <summary>The app's build that sits beside this test build (same configuration).</summary>
    private static string AppDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = RepositoryRoot.File("DealRoom.Web", "bin", configuration, "net10.0", "DealRoom.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: no " + path);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
