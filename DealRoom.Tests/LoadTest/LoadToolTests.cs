using DealRoom.LoadTest;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.LoadTest;

/// <summary>
/// The load tool's core against a real in-process server for a couple of seconds: it must produce figures and find
/// every replica equal to a fresh load. No timing is asserted (the machine is shared).
/// </summary>
public sealed class LoadToolTests
{
    [Fact]
    public async Task MixedLoad_ShouldProduceFiguresAndConverge_WhenAFewClientsDragAndEditInTwoRooms()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var target = await LoadTarget.SignInAsync([server.BaseUrl], server.Services, ct);

        var result = await MixedLoad.RunAsync(target, "test", new MixedLoadOptions
        {
            Rooms = 2, ClientsPerRoom = 4, DraggersPerRoom = 2, EditsPerSecond = 5,
            SeedStakeholders = 6, SeedVisionElements = 3, SeedRelationships = 4,
            Warmup = TimeSpan.FromSeconds(0.5), Duration = TimeSpan.FromSeconds(2),
        }, ct);

        Assert.True(result.Converged, result.ToString());
        Assert.Equal(8, result.ReplicasChecked);
        Assert.Equal(0, result.Errors);
        Assert.Equal(0, result.Undelivered);
        Assert.True(result.Acknowledged > 10, result.ToString());
        Assert.Equal(result.Acknowledged, result.Ack!.Count);
        Assert.Equal(result.Acknowledged, result.FanOutAllReceived!.Count);
        Assert.Equal(result.Acknowledged * 3, result.FanOutPerDelivery!.Count);
        Assert.True(result.FanOutAllReceived.P99 >= result.FanOutAllReceived.P50);
        Assert.True(result.OperationsPerSecond > 0);
    }

    [Fact]
    public async Task CatchUp_ShouldBringAClientThatMissedOperationsToTheRoomsState()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = new DealRoomServer();
        using var target = await LoadTarget.SignInAsync([server.BaseUrl], server.Services, ct);

        var result = await Scenarios.CatchUpAsync(target, missed: 100, rounds: 2, ct);

        Assert.True(result.Converged, result.ToString());
        Assert.Equal(0, result.Errors);
        Assert.Contains(result.Figures, f => f.Label == "JoinRoom->current" && f.Value.Contains("n=2", StringComparison.Ordinal));
    }
}
