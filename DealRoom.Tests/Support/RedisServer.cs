using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DealRoom.Tests.Support;

/// <summary>
/// A throwaway Redis server on loopback: Debian's redis-server (installed when missing), a free port, no
/// persistence, its files in a temporary folder. A child process of the tests, stopped by its process id.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private readonly Process _process;

    private RedisServer(Process process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    public int ProcessId => _process.Id;

    /// <summary>For Redis:Configuration (StackExchange.Redis syntax).</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RedisServer> StartAsync(TimeSpan installTimeout)
    {
        await DebianPackages.EnsureAsync("redis-server", () => File.Exists(Binary), installTimeout);
        var folder = Path.Combine(Path.GetTempPath(), $"dealroom-redis-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // The free port was free when asked for; another process may take it before the server binds, so a bind
        // failure retries on a new one (as the PostgreSQL test server does).
        for (var attempt = 1; ; attempt++)
        {
            var server = Start(folder, LoopbackPorts.Free());
            try
            {
                await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(20));
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.Log().Contains("Address already in use", StringComparison.Ordinal))
            {
                await server.StopAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    private static RedisServer Start(string folder, int port)
    {
        File.Delete(Path.Combine(folder, "redis.log")); // a retry reads only its own attempt's log
        var info = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardInput = true };
        foreach (var argument in new[]
        {
            "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--save", string.Empty,
            "--appendonly", "no", "--daemonize", "no", "--dir", folder, "--logfile", Path.Combine(folder, "redis.log"),
            "--protected-mode", "yes",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        return new RedisServer(process, folder, port);
    }

    private async Task StopAsync()
    {
        await ExternalProcess.StopAsync(_process.Id, "TERM", TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>Waits for a PONG to a PING over the wire.</summary>
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}:\n{Log()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port).WaitAsync(TimeSpan.FromSeconds(2));
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray()).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"redis-server on port {Port} did not answer PING within {timeout.TotalSeconds:0} s:\n{Log()}");
            }

            await Task.Delay(50);
        }
    }

    private string Log()
    {
        try
        {
            return ExternalProcess.Tail(File.ReadAllText(Path.Combine(Folder, "redis.log")));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }
}
