using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace DealRoom.LoadTest;

/// <summary>
/// dotnet run -c Release --project DealRoom.LoadTest -- [--url http://127.0.0.1:5080 ...] [--scenario NAME ...]
/// [--duration SECONDS] [--warmup SECONDS]. Without --url the server starts in this process. The default warm-up
/// (15 s) lets tiered compilation settle in the server and the tool; a shorter one measures the JIT too.
/// </summary>
public static class LoadToolMain
{
    public static async Task<int> Main(string[] args)
    {
        var urls = new List<string>();
        var scenarios = new List<string>();
        var duration = TimeSpan.FromSeconds(20);
        var warmup = TimeSpan.FromSeconds(15);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--url": urls.Add(Value()); break;
                case "--scenario": scenarios.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--duration": duration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--warmup": warmup = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "-h" or "--help":
                    Console.WriteLine("usage: DealRoom.LoadTest [--url URL]... [--scenario NAME[,NAME]]... [--duration S (20)] [--warmup S (15)]");
                    Console.WriteLine("scenarios: " + string.Join(", ", Scenarios.Names) + " (default: all)");
                    return 0;
                default: throw new ArgumentException($"Unknown argument {args[i]}");
            }
        }

        if (scenarios.Count == 0)
        {
            scenarios.AddRange(Scenarios.Names);
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        Console.WriteLine($"DealRoom load tool: {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, " +
            $"{(System.Diagnostics.Debugger.IsAttached ? "debugger attached, " : string.Empty)}build {BuildConfiguration}, open-files limit {OpenFilesLimit()}");
        LoadServer? server = null;
        if (urls.Count == 0)
        {
            server = new LoadServer();
            urls.Add(server.BaseUrl);
            Console.WriteLine($"server in this process at {server.BaseUrl}, SQLite {server.DatabasePath} (journal {Pragma(server, "journal_mode")}, synchronous {Pragma(server, "synchronous")})");
        }
        else
        {
            Console.WriteLine("targets: " + string.Join(", ", urls));
        }

        var failed = false;
        try
        {
            using var target = await LoadTarget.SignInAsync(urls, server?.Services, cancel.Token);
            foreach (var name in scenarios)
            {
                var result = await Scenarios.RunAsync(name, target, warmup, duration, cancel.Token);
                if (result is null)
                {
                    Console.WriteLine($"== {name}: skipped (needs the server in this process)");
                    continue;
                }

                Console.WriteLine(result);
                failed |= !result.Converged || result.Errors > 0;
            }
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        return failed ? 1 : 0;
    }

#if DEBUG
    private const string BuildConfiguration = "Debug (use -c Release for figures)";
#else
    private const string BuildConfiguration = "Release";
#endif

    private static string OpenFilesLimit()
    {
        try
        {
            var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            return line is null ? "unknown" : line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>A PRAGMA as a new connection to the server's database sees it (its defaults, not a session override).</summary>
    private static string Pragma(LoadServer server, string name)
    {
        using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        var value = Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return name == "synchronous" ? value switch { "0" => "OFF", "1" => "NORMAL", "2" => "FULL", "3" => "EXTRA", _ => value ?? "?" } : value ?? "?";
    }
}
