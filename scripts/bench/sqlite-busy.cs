#:package Microsoft.Data.Sqlite@10.0.15
#:property ManagePackageVersionsCentrally=false
// A second SQLite writer meeting a write lock held ~5 ms, with and without SQLite's busy_timeout (docs/benchmarks.md,
// "Writing the summaries must not slow the edits"). Run: dotnet run scripts/bench/sqlite-busy.cs
// Pooling is off: a pooled connection would keep the PRAGMA of an earlier round.
using System.Diagnostics;
using Microsoft.Data.Sqlite;

var path = Path.Combine(Path.GetTempPath(), $"busy-{Guid.NewGuid():N}.db");
await using (var setup = new SqliteConnection($"Data Source={path};Pooling=False"))
{
    setup.Open();
    using var c = setup.CreateCommand();
    c.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);";
    c.ExecuteNonQuery();
}

foreach (var busyTimeout in new[] { false, true, false, true })
{
    var waits = new List<double>();
    for (var round = 0; round < 10; round++)
    {
        await using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        holder.Open();
        other.Open();
        if (busyTimeout)
        {
            using var p = other.CreateCommand();
            p.CommandText = "PRAGMA busy_timeout = 30000;";
            p.ExecuteNonQuery();
        }

        using var tx = holder.BeginTransaction();
        using (var w = holder.CreateCommand())
        {
            w.Transaction = tx;
            w.CommandText = "INSERT INTO t VALUES (1)";
            w.ExecuteNonQuery();
        }

        var writer = Task.Run(() =>
        {
            var sw = Stopwatch.StartNew();
            using var w = other.CreateCommand();
            w.CommandText = "INSERT INTO t VALUES (2)";
            w.ExecuteNonQuery();
            return sw.Elapsed.TotalMilliseconds;
        });
        await Task.Delay(5); // the holder keeps the write lock ~5 ms
        tx.Commit();
        waits.Add(await writer);
    }

    waits.Sort();
    Console.WriteLine($"busy_timeout={(busyTimeout ? "30000" : "unset")}: second writer waited p50 {waits[5]:0.0} ms, max {waits[^1]:0.0} ms (10 rounds, lock held ~5 ms)");
}
File.Delete(path);
