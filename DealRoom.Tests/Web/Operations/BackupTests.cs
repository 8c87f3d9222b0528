using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Operations;

namespace DealRoom.Tests.Web.Operations;

/// <summary>An online SQLite backup, taken while the app writes, restores every acknowledged operation.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task Backup_ShouldRestoreEveryAcknowledgedOperation_WhenTakenWhileTheAppWrites()
    {
        var ct = TestContext.Current.CancellationToken;
        var backupPath = Path.Combine(Path.GetTempPath(), $"dealroom-restored-{Guid.NewGuid():N}.db");
        string roomId;
        List<string> ackedBeforeBackup;
        await using (var server = new DealRoomServer())
        {
            roomId = await TestRooms.CreateAsync(server, ct, "Backed up");
            await using var writer = await RoomClient.ConnectAsync(server, roomId, ct);
            await writer.JoinAsync(ct);
            var acked = new ConcurrentQueue<string>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var writing = WriteUntilStoppedAsync(writer, acked, stop.Token);
            await Eventually.TrueAsync(() => acked.Count >= 40, "the writer got no acks");

            ackedBeforeBackup = [.. acked];
            using var admin = server.CreateHttpClient(await server.TokenAsync(DemoUsers.All[0].Email, DemoUsers.All[0].Password, ct));
            using var response = await admin.PostAsync(BackupEndpoint.Path, null, ct);
            var countAtBackupEnd = acked.Count;
            await Eventually.TrueAsync(() => acked.Count >= countAtBackupEnd + 20, "the writer stopped during the backup");
            await stop.CancelAsync();
            await writing;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(BackupEndpoint.ContentType, response.Content.Headers.ContentType?.MediaType);
            await File.WriteAllBytesAsync(backupPath, await response.Content.ReadAsByteArrayAsync(ct), ct);
        }

        try
        {
            await using var restored = new DealRoomServer(databasePath: backupPath);
            using var owner = restored.CreateHttpClient(await restored.OwnerTokenAsync(ct));
            var snapshot = await owner.GetFromJsonAsync<JsonElement>($"/api/rooms/{roomId}/snapshot", ct);

            var stakeholders = snapshot.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
            Assert.All(ackedBeforeBackup, id => Assert.Contains(id, stakeholders));
            Assert.Equal(stakeholders.Count, snapshot.GetProperty("version").GetInt64());
        }
        finally
        {
            DealRoomServer.DeleteDatabase(backupPath);
        }
    }

    [Fact]
    public async Task Backup_ShouldBeRefusedWithTheErrorBody_WhenTheCallerIsNotAnAdministrator()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var owner = server.CreateHttpClient(await server.OwnerTokenAsync(ct));
        using var anonymous = server.CreateHttpClient();

        using var forbidden = await owner.PostAsync(BackupEndpoint.Path, null, ct);
        using var unauthorized = await anonymous.PostAsync(BackupEndpoint.Path, null, ct);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, (await forbidden.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    /// <summary>Adds stakeholders one after another, each awaited; the ids of acknowledged ones go to <paramref name="acked"/>.</summary>
    private static async Task WriteUntilStoppedAsync(RoomClient writer, ConcurrentQueue<string> acked, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var id = $"sh-{i}";
            var answer = await writer.SubmitAsync(new AddStakeholder(id, i % 40 * 30, i / 40 * 30, new Dictionary<string, string?> { ["name"] = $"Person {i}" }), CancellationToken.None);
            if (answer.GetProperty("ok").GetBoolean())
            {
                acked.Enqueue(id);
            }
        }
    }
}
