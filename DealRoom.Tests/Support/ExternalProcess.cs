using System.Diagnostics;
using System.Text;

namespace DealRoom.Tests.Support;

/// <summary>Runs command-line programs for test fixtures: bounded in time, output captured, killed on timeout.</summary>
public static class ExternalProcess
{
    public sealed record Result(int ExitCode, string Output)
    {
        public Result EnsureSuccess(string what) =>
            ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed (exit {ExitCode}):\n{Tail(Output)}");
    }

    public static bool IsRoot => GetUid() == 0;

    /// <summary>Runs a program to its end and returns its exit code and combined output.</summary>
    public static async Task<Result> RunAsync(
        string file, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s:\n{Tail(Locked(output))}");
        }

        return new Result(process.ExitCode, Locked(output));
    }

    /// <summary>Runs a program as another user (root only; needed for PostgreSQL, which refuses to run as root).</summary>
    public static Task<Result> RunAsUserAsync(string? user, string file, IEnumerable<string> arguments, TimeSpan timeout) =>
        user is null
            ? RunAsync(file, arguments, timeout)
            : RunAsync("runuser", ["-u", user, "--", file, .. arguments], timeout);

    /// <summary>Whether a process with this id is still alive (a zombie child counts as gone).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            var status = File.Exists($"/proc/{pid}/stat") ? File.ReadAllText($"/proc/{pid}/stat") : string.Empty;
            var afterName = status.LastIndexOf(')');
            return afterName < 0 || afterName + 2 >= status.Length || status[afterName + 2] != 'Z';
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Sends a signal to a process by id (kill -SIG pid), then waits for it to go; SIGKILL after the grace time.</summary>
    public static async Task StopAsync(int pid, string signal, TimeSpan grace)
    {
        if (!IsAlive(pid))
        {
            return;
        }

        await RunAsync("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        var deadline = DateTime.UtcNow + grace;
        while (IsAlive(pid) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        if (IsAlive(pid))
        {
            await RunAsync("kill", ["-KILL", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        }
    }

    public static string Tail(string text, int lines = 40)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Locked(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static int GetUid()
    {
        // /proc/self/status: "Uid:\treal\teffective\t..."
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var fields = line?.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: > 2 } && int.TryParse(fields[2], out var uid) ? uid : -1;
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
