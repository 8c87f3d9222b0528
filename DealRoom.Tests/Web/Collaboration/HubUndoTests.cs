using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;
using DealRoom.Tests.Support;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using static DealRoom.Tests.Support.RoomBuilder;

namespace DealRoom.Tests.Web.Collaboration;

/// <summary>Undo and redo over the hub, with real SignalR clients: each person's undo touches only their own changes.</summary>
public sealed class HubUndoTests(ServerFixture host) : IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Undo_ShouldTakeBackOnlyTheSendersOwnEdits_WhenTwoPeopleEditedTheSameCard()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var people = await TwoPeopleAsync(host.Server, ct);
        var (alex, sam) = (people.Alex, people.Sam);
        await Ok(alex.SubmitAsync(new AddStakeholder("sh-1", 0, 0, Fields(("name", "Olga"))), ct));
        await Ok(alex.SubmitAsync(new MoveNode("sh-1", 300, 200), ct));
        await Ok(sam.SubmitAsync(new UpdateStakeholder("sh-1", Fields(("title", "CFO"))), ct));

        // Act: Alex undoes (the move), then Sam undoes (the title).
        var alexUndo = await Ok(alex.SubmitAsync(new Undo(), ct));
        var samUndo = await Ok(sam.SubmitAsync(new Undo(), ct));
        await alex.WaitForVersionAsync(samUndo.GetProperty("version").GetInt64(), Wait, ct);

        // Assert: each undo touched its sender's change only, and both clients agree.
        var olga = alex.State!.Stakeholders["sh-1"];
        Assert.Equal((0d, 0d, null), (olga.X, olga.Y, olga.Title));
        Assert.True(alexUndo.GetProperty("skipped").ValueKind == JsonValueKind.Null);
        Assert.Equal(SnapshotJson.ToJson(alex.State!), SnapshotJson.ToJson(sam.State!));
        Assert.Equal(ElementKind.Stakeholder, alex.State!.KindOf("sh-1")); // Alex's add is still on Alex's stack, not undone
        var alexState = await UndoStateAsync(alex, ct);
        Assert.Equal((true, true), (alexState.GetProperty("canUndo").GetBoolean(), alexState.GetProperty("canRedo").GetBoolean()));
    }

    [Fact]
    public async Task Undo_ShouldSkipAndReportAFieldAColleagueChangedSince()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var people = await TwoPeopleAsync(host.Server, ct);
        var (alex, sam) = (people.Alex, people.Sam);
        await Ok(sam.SubmitAsync(new AddStakeholder("sh-2", 0, 0, Fields(("name", "Erik"))), ct));
        await Ok(alex.SubmitAsync(new UpdateStakeholder("sh-2", Fields(("stance", "Skeptic"), ("title", "CEO"))), ct));
        await Ok(sam.SubmitAsync(new UpdateStakeholder("sh-2", Fields(("stance", "Champion"))), ct));

        var undo = await Ok(alex.SubmitAsync(new Undo(), ct));
        await sam.WaitForVersionAsync(undo.GetProperty("version").GetInt64(), Wait, ct);

        var skipped = Assert.Single(undo.GetProperty("skipped").EnumerateArray());
        Assert.Equal(ErrorCodes.ChangedSince, skipped.GetProperty("code").GetString());
        Assert.Equal("stance", skipped.GetProperty("field").GetString());
        Assert.Equal("Champion", sam.State!.Stakeholders["sh-2"].Stance.ToString());
        Assert.Null(sam.State!.Stakeholders["sh-2"].Title);
    }

    [Fact]
    public async Task Undo_ShouldBeRefused_WhenNothingIsLeftOrTheSenderIsAViewer_AndApplyOnce_WhenResubmitted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var people = await TwoPeopleAsync(host.Server, ct);
        var alex = people.Alex;
        await TestRooms.AddMemberAsync(host.Server, alex.RoomId, DemoUsers.Viewer.Email, RoomRole.Viewer, ct);
        await using var ben = await RoomClient.ConnectAsync(
            host.Server.HubUrl, alex.RoomId, await host.Server.TokenAsync(DemoUsers.Viewer.Email, DemoUsers.Viewer.Password, ct), ct);
        await ben.JoinAsync(ct);

        var nothing = await alex.SubmitAsync(new Undo(), ct);
        var viewer = await ben.SubmitAsync(new Undo(), ct);
        await Ok(alex.SubmitAsync(new AddStakeholder("sh-3", 0, 0, Fields(("name", "Ivy"))), ct));
        var first = await Ok(alex.SubmitAsync(new Undo(), ct, opId: "op-undo-once"));
        var again = await Ok(alex.SubmitAsync(new Undo(), ct, opId: "op-undo-once"));

        Assert.Equal(ErrorCodes.NothingToUndo, nothing.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(ErrorCodes.Forbidden, viewer.GetProperty("error").GetProperty("code").GetString());
        await alex.WaitForVersionAsync(first.GetProperty("version").GetInt64(), Wait, ct);
        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("version").GetInt64(), again.GetProperty("version").GetInt64());
        Assert.Null(alex.State!.KindOf("sh-3"));
        var redo = await Ok(alex.SubmitAsync(new Redo(), ct));
        await alex.WaitForVersionAsync(redo.GetProperty("version").GetInt64(), Wait, ct);
        Assert.Equal(ElementKind.Stakeholder, alex.State!.KindOf("sh-3"));
        Assert.False((await UndoStateAsync(ben, ct)).GetProperty("canUndo").GetBoolean());
    }

    [Fact]
    public async Task UndoAndRedo_ShouldPickUpWhereTheyWere_WhenTheServerRestarted()
    {
        var ct = TestContext.Current.CancellationToken;
        var databasePath = Path.Combine(Path.GetTempPath(), $"dealroom-undo-{Guid.NewGuid():N}.db");
        try
        {
            string roomId;
            await using (var first = new DealRoomServer(databasePath))
            {
                roomId = await TestRooms.CreateAsync(first, ct);
                await using var alex = await RoomClient.ConnectAsync(first, roomId, ct);
                await alex.JoinAsync(ct);
                await Ok(alex.SubmitAsync(new AddStakeholder("sh-1", 0, 0, Fields(("name", "Olga"))), ct));
                await Ok(alex.SubmitAsync(new UpdateStakeholder("sh-1", Fields(("title", "CFO"))), ct));
                await Ok(alex.SubmitAsync(new UpdateStakeholder("sh-1", Fields(("title", "CEO"))), ct));
                await Ok(alex.SubmitAsync(new Undo(), ct));
            }

            await using var second = new DealRoomServer(databasePath);
            await using var again = await RoomClient.ConnectAsync(second, roomId, ct);
            await again.JoinAsync(ct);
            var state = await UndoStateAsync(again, ct);
            Assert.Equal((2, 1), (state.GetProperty("undoDepth").GetInt32(), state.GetProperty("redoDepth").GetInt32()));

            var redo = await Ok(again.SubmitAsync(new Redo(), ct));
            await again.WaitForVersionAsync(redo.GetProperty("version").GetInt64(), Wait, ct);
            Assert.Equal("CEO", again.State!.Stakeholders["sh-1"].Title);
            await Ok(again.SubmitAsync(new Undo(), ct));
            var undo = await Ok(again.SubmitAsync(new Undo(), ct));
            await again.WaitForVersionAsync(undo.GetProperty("version").GetInt64(), Wait, ct);
            Assert.Null(again.State!.Stakeholders["sh-1"].Title);
        }
        finally
        {
            DealRoomServer.DeleteDatabase(databasePath);
        }
    }

    private static async Task<TwoPeople> TwoPeopleAsync(DealRoomServer server, CancellationToken ct)
    {
        var roomId = await TestRooms.CreateAsync(server, ct);
        await TestRooms.AddMemberAsync(server, roomId, DemoUsers.Expert.Email, RoomRole.Editor, ct);
        var alex = await RoomClient.ConnectAsync(server, roomId, ct);
        var sam = await RoomClient.ConnectAsync(server.HubUrl, roomId, await server.TokenAsync(DemoUsers.Expert.Email, DemoUsers.Expert.Password, ct), ct);
        await alex.JoinAsync(ct);
        await sam.JoinAsync(ct);
        return new TwoPeople(alex, sam);
    }

    private sealed record TwoPeople(RoomClient Alex, RoomClient Sam) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Alex.DisposeAsync();
            await Sam.DisposeAsync();
        }
    }

    private static async Task<JsonElement> UndoStateAsync(RoomClient client, CancellationToken ct) =>
        await client.Connection.InvokeAsync<JsonElement>("GetUndoState", new { roomId = client.RoomId }, ct);

    private static async Task<JsonElement> Ok(Task<JsonElement> answer)
    {
        var result = await answer;
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        return result;
    }
}
