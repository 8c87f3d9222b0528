using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Web.Collaboration;

public sealed class HubGapTests
{
    [Fact]
    public async Task SecondClient_ShouldReceiveTheNewGaps_InTheSameMessageAsTheEditThatChangedThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var editor = await RoomClient.ConnectAsync(server, roomId, ct);
        await using var watcher = await RoomClient.ConnectAsync(server, roomId, ct);
        await editor.JoinAsync(ct);
        var join = await watcher.JoinAsync(ct);
        Assert.Equal(JsonValueKind.Object, join.GetProperty("gaps").ValueKind);
        await editor.SubmitAsync(new AddStakeholder("sh-tom", 0, 0, F(("name", "Tom Becker"), ("influence", "4"))), ct);
        await editor.SubmitAsync(new AddTeamMember("tm-sam", 0, 0, F(("name", "Sam"))), ct);

        // Act: Tom turns Blocker, and nobody covers him.
        var blocker = await editor.SubmitAsync(new UpdateStakeholder("sh-tom", F(("stance", "Blocker"))), ct);
        var version = blocker.GetProperty("version").GetInt64();
        await watcher.WaitForVersionAsync(version, TimeSpan.FromSeconds(10), ct);

        // Assert: the watcher's message for that very edit carries the C6 gap.
        var message = watcher.Received.Single(m => m.GetProperty("version").GetInt64() == version);
        Assert.Contains(OpenGapIds(message), id => id == "C6:sh-tom");

        // Act 2: Sam covers Tom; the gap goes in the message of that edit.
        var covered = await editor.SubmitAsync(new AddCoverage("cov-1", "tm-sam", "sh-tom", F()), ct);
        var version2 = covered.GetProperty("version").GetInt64();
        await watcher.WaitForVersionAsync(version2, TimeSpan.FromSeconds(10), ct);
        var message2 = watcher.Received.Single(m => m.GetProperty("version").GetInt64() == version2);
        Assert.DoesNotContain(OpenGapIds(message2), id => id == "C6:sh-tom");
    }

    [Fact]
    public async Task AcknowledgedGap_ShouldStayAcknowledgedAcrossUnrelatedEdits_AndReopenWhenItsFactsChange()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);
        await client.SubmitAsync(new AddStakeholder("sh-tom", 0, 0, F(("name", "Tom Becker"), ("influence", "4"), ("stance", "Blocker"))), ct);

        await client.SubmitAsync(new AcknowledgeGap("C6:sh-tom", "Covered by the partner's account team"), ct);
        var unrelated = await client.SubmitAsync(new MoveNode("sh-tom", 300, 200), ct);
        var afterMove = await GapsAtAsync(client, unrelated.GetProperty("version").GetInt64(), ct);
        var changed = await client.SubmitAsync(new UpdateStakeholder("sh-tom", F(("influence", "5"))), ct);
        var afterChange = await GapsAtAsync(client, changed.GetProperty("version").GetInt64(), ct);

        Assert.Contains(Ids(afterMove.GetProperty("acknowledged")), id => id == "C6:sh-tom");
        Assert.DoesNotContain(Ids(afterMove.GetProperty("open")), id => id == "C6:sh-tom");
        Assert.Contains(Ids(afterChange.GetProperty("open")), id => id == "C6:sh-tom");
    }

    [Fact]
    public async Task AcknowledgeGapBroadcast_ShouldCarryTheFingerprintTheSnapshotHolds_WhateverTheClientSent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        var roomId = await TestRooms.CreateAsync(server, ct);
        await using var client = await RoomClient.ConnectAsync(server, roomId, ct);
        await client.JoinAsync(ct);
        await client.SubmitAsync(new AddStakeholder("sh-tom", 0, 0, F(("name", "Tom Becker"), ("influence", "4"), ("stance", "Blocker"))), ct);

        var ack = await client.SubmitAsync(new AcknowledgeGap("C6:sh-tom", "Covered by the partner") { Fingerprint = "forged" }, ct);
        var version = ack.GetProperty("version").GetInt64();
        await client.WaitForVersionAsync(version, TimeSpan.FromSeconds(10), ct);

        var broadcast = client.Received.Single(m => m.GetProperty("version").GetInt64() == version).GetProperty("operation");
        var snapshot = await client.Connection.InvokeAsync<JsonElement>("GetChanges", new { roomId, sinceVersion = -1 }, ct);
        var stored = snapshot.GetProperty("snapshot").GetProperty("acknowledgements").EnumerateArray().Single();
        Assert.NotEqual("forged", broadcast.GetProperty("fingerprint").GetString());
        Assert.Equal(stored.GetProperty("fingerprint").GetString(), broadcast.GetProperty("fingerprint").GetString());
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("fingerprint").GetString()));
    }

    /// <summary>The latest gap report the client holds at a version (messages carry one only when gaps changed).</summary>
    private static async Task<JsonElement> GapsAtAsync(RoomClient client, long version, CancellationToken ct)
    {
        await client.WaitForVersionAsync(version, TimeSpan.FromSeconds(10), ct);
        var changes = await client.Connection.InvokeAsync<JsonElement>("GetChanges", new { roomId = client.RoomId, sinceVersion = version }, ct);
        return changes.GetProperty("gaps");
    }

    private static IEnumerable<string> OpenGapIds(JsonElement message) =>
        message.GetProperty("gaps").ValueKind == JsonValueKind.Object ? Ids(message.GetProperty("gaps").GetProperty("open")) : [];

    private static IEnumerable<string> Ids(JsonElement gaps) => gaps.EnumerateArray().Select(g => g.GetProperty("id").GetString()!);

    private static Dictionary<string, string?> F(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
}
