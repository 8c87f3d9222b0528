using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class CatchUpTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RejoiningClient_ShouldEndEqualToTheOthers_WhenItMissedEdits(bool tooFarBehindForOperations)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Rooms:MaxCatchUpOperations"] = tooFarBehindForOperations ? "20" : "5000" };
        await using var server = new DealRoomServer(settings: settings);
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var writer = await RoomClient.ConnectAsync(server, roomId, ct);
        await writer.JoinAsync(ct);
        var generator = new RandomOperations(seed: 3, prefix: "w");
        for (var i = 0; i < 40; i++)
        {
            await writer.SubmitAsync(generator.Next(writer.State!), ct);
        }

        var dropper = await RoomClient.ConnectAsync(server, roomId, ct);
        await dropper.JoinAsync(ct);
        await dropper.WaitForVersionAsync(writer.Version, TimeSpan.FromSeconds(10), ct);
        var lastSeen = dropper.State!;
        await dropper.DisposeAsync();

        // Edits the dropped client misses.
        for (var i = 0; i < 60; i++)
        {
            await writer.SubmitAsync(generator.Next(writer.State!), ct);
        }

        // Act: rejoin from the last version seen.
        await using var rejoined = await RoomClient.ConnectAsync(server, roomId, ct, resumeFrom: lastSeen);
        var join = await rejoined.JoinAsync(ct, sinceVersion: lastSeen.Version);

        // Assert: it got operations, or a snapshot when too far behind, and ends equal.
        Assert.True(join.GetProperty("ok").GetBoolean());
        Assert.Equal(tooFarBehindForOperations, join.GetProperty("snapshot").ValueKind == System.Text.Json.JsonValueKind.Object);
        await writer.WaitForVersionAsync(join.GetProperty("version").GetInt64(), TimeSpan.FromSeconds(10), ct);
        Assert.Equal(writer.Version, rejoined.Version);
        Assert.Equal(SnapshotJson.ToJson(writer.State!), SnapshotJson.ToJson(rejoined.State!));
    }
}
