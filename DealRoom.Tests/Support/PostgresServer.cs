using System.Globalization;
using Npgsql;

namespace DealRoom.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server on loopback: Debian's binaries (installed when missing), a data folder in a
/// temporary directory, a free port, trust authentication for the postgres role on 127.0.0.1 only. Runs as the
/// postgres system user when the tests run as root (PostgreSQL refuses root). Stopped by its process id.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private readonly string? _runAs;
    private readonly string _binaries;
    private int _pid;

    private PostgresServer(string folder, string binaries, string? runAs, int port)
    {
        Folder = folder;
        _binaries = binaries;
        _runAs = runAs;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; private set; }

    public int ProcessId => _pid;

    /// <summary>The folder of PostgreSQL's programs (pg_dump, pg_restore …).</summary>
    public string Binaries => _binaries;

    private string DataFolder => Path.Combine(Folder, "data");

    private string LogFile => Path.Combine(Folder, "postgres.log");

    /// <summary>Installs (if needed), initialises and starts a server; ready to accept connections when this returns.</summary>
    public static async Task<PostgresServer> StartAsync(TimeSpan installTimeout)
    {
        await DebianPackages.EnsureAsync("postgresql", () => FindBinaries() is not null, installTimeout);
        var binaries = FindBinaries()!;
        string? runAs = null;
        if (ExternalProcess.IsRoot)
        {
            runAs = "postgres";
            if ((await ExternalProcess.RunAsync("id", ["-u", runAs], CommandTimeout)).ExitCode != 0)
            {
                (await ExternalProcess.RunAsync("useradd", ["--system", "--user-group", "--no-create-home", runAs], CommandTimeout))
                    .EnsureSuccess("useradd postgres");
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), $"dealroom-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(folder, binaries, runAs, LoopbackPorts.Free());
        try
        {
            await server.InitAndStartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Pooling = true,
            Timeout = 15,
        }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_pid > 0)
        {
            // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients and stops cleanly.
            await ExternalProcess.StopAsync(_pid, "INT", TimeSpan.FromSeconds(15));
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    private async Task InitAndStartAsync()
    {
        if (_runAs is not null)
        {
            (await ExternalProcess.RunAsync("chown", [$"{_runAs}:", Folder], CommandTimeout)).EnsureSuccess("chown of the PostgreSQL folder");
        }

        (await ExternalProcess.RunAsUserAsync(_runAs, Path.Combine(_binaries, "initdb"),
            ["-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"], CommandTimeout))
            .EnsureSuccess("initdb");

        // Loopback only, the socket in our folder (not /var/run/postgresql), no fsync: a test server. The free port
        // was free when asked for; another process may take it before the server binds, so a bind failure retries on
        // a new one.
        for (var attempt = 1; ; attempt++)
        {
            var options = string.Join(' ',
                "-c listen_addresses=127.0.0.1",
                $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
                $"-k {Folder}",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "-c max_connections=200");
            var start = await ExternalProcess.RunAsUserAsync(_runAs, Path.Combine(_binaries, "pg_ctl"),
                ["-D", DataFolder, "-l", LogFile, "-o", options, "-w", "-t", "60", "start"], CommandTimeout);
            _pid = ReadPid();
            if (start.ExitCode != 0 && attempt < 3 && ReadLog().Contains("Address already in use", StringComparison.Ordinal))
            {
                Port = LoopbackPorts.Free();
                continue;
            }

            start.EnsureSuccess("pg_ctl start\n" + ReadLog());
            break;
        }

        // pg_ctl -w already waited for it; a connection proves it from our side too.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The postmaster's pid: the first line of postmaster.pid.</summary>
    private int ReadPid()
    {
        try
        {
            var first = File.ReadLines(Path.Combine(DataFolder, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) ? pid : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private string ReadLog()
    {
        try
        {
            return ExternalProcess.Tail(File.ReadAllText(LogFile));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }
}
