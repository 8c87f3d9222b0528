using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Tests.ScaleOut;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Operations;

namespace DealRoom.Tests.Web.Operations;

/// <summary>On PostgreSQL and Redis: readiness checks both; the SQLite backup endpoint points to pg_dump.</summary>
public sealed class PostgreSqlOperationsTests(ScaleOutServers servers) : IClassFixture<ScaleOutServers>
{
    [Fact]
    public async Task ReadyAndBackup_ShouldCheckPostgreSqlAndRedisAndPointToPgDump_WhenRunningOnPostgreSql()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await servers.NodeSettingsAsync("ops" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var server = new DealRoomServer(settings: settings);
        using var anonymous = server.CreateHttpClient();
        using var admin = server.CreateHttpClient(await server.TokenAsync(DemoUsers.All[0].Email, DemoUsers.All[0].Password, ct));

        using var ready = await anonymous.GetAsync(HealthSetup.ReadyPath, ct);
        using var backup = await admin.PostAsync(BackupEndpoint.Path, null, ct);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, backup.StatusCode);
        var error = await backup.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(ErrorCodes.Unavailable, error.GetProperty("code").GetString());
        Assert.Contains("pg_dump", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PgDumpAndRestore_ShouldBringBackEveryAcknowledgedOperation_WhenTheAppStartsOnTheRestoredDatabase()
    {
        var ct = TestContext.Current.CancellationToken;
        var cluster = "pgbackup" + Guid.NewGuid().ToString("N")[..8];
        var settings = await servers.NodeSettingsAsync(cluster, ct);
        settings.Remove("Redis:Configuration");
        var acknowledged = new Dictionary<string, long>();
        string roomId;
        var dump = Path.Combine(Path.GetTempPath(), cluster + ".dump");
        try
        {
            await using (var server = new DealRoomServer(settings: settings))
            {
                roomId = await TestRooms.CreateAsync(server, ct);
                await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
                await client.JoinAsync(ct);
                for (var i = 0; i < 20; i++)
                {
                    var ack = await client.SubmitAsync(
                        new DealRoom.Domain.Rooms.Operations.AddStakeholder($"sh-{i}", i * 10, 0, new Dictionary<string, string?> { ["name"] = $"P{i}" }), ct, $"op-{i}");
                    acknowledged[$"op-{i}"] = ack.GetProperty("version").GetInt64();
                }

                // Online, as the docs say: the app keeps running while pg_dump reads one consistent snapshot.
                (await ExternalProcess.RunAsync(Path.Combine(servers.Postgres.Binaries, "pg_dump"),
                    ["--format=custom", $"--file={dump}", "--host=127.0.0.1", $"--port={servers.Postgres.Port}", "--username=postgres", "dealroom_" + cluster],
                    TimeSpan.FromMinutes(1))).EnsureSuccess("pg_dump");
            }

            var restored = await servers.Postgres.CreateDatabaseAsync("dealroom_" + cluster + "_restored", ct);
            (await ExternalProcess.RunAsync(Path.Combine(servers.Postgres.Binaries, "pg_restore"),
                ["--no-owner", "--host=127.0.0.1", $"--port={servers.Postgres.Port}", "--username=postgres", $"--dbname=dealroom_{cluster}_restored", dump],
                TimeSpan.FromMinutes(1))).EnsureSuccess("pg_restore");
            settings["ConnectionStrings:DealRoom"] = restored;

            await using var again = new DealRoomServer(settings: settings);
            await using var rejoined = await RoomClient.ConnectAsync(again, roomId, ct);
            await rejoined.JoinAsync(ct);
            Assert.Equal(20, rejoined.State!.Stakeholders.Count);
            foreach (var (opId, version) in acknowledged)
            {
                var answer = await rejoined.SubmitAsync(new DealRoom.Domain.Rooms.Operations.MoveNode("sh-0", 1, 1), ct, opId);
                Assert.True(answer.GetProperty("duplicate").GetBoolean(), $"{opId}: {answer}");
                Assert.Equal(version, answer.GetProperty("version").GetInt64());
            }
        }
        finally
        {
            File.Delete(dump);
        }
    }
}
