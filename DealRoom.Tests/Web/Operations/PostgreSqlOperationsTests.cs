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
}
