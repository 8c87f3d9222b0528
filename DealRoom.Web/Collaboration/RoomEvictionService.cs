namespace DealRoom.Web.Collaboration;

/// <summary>Closes idle room sessions once a minute, so memory follows the rooms in use.</summary>
public sealed class RoomEvictionService(RoomRegistry registry) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await registry.EvictIdleAsync();
        }
    }
}
