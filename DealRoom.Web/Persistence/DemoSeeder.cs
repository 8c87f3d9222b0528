using DealRoom.Domain.Rooms;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>Puts the demo account and deal room into an empty database, through the op log like any edit.</summary>
public sealed partial class DemoSeeder(IDbContextFactory<DealRoomDbContext> contexts, RoomStore store, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Rooms.AnyAsync(cancellationToken) || await db.Accounts.AnyAsync(cancellationToken))
            {
                return;
            }

            db.Accounts.Add(new AccountRecord
            {
                Id = DemoRoom.AccountId,
                Name = "Northwind Logistics",
                Industry = "Logistics",
                CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await store.CreateRoomAsync(DemoRoom.RoomId, DemoRoom.Name, DemoRoom.AccountId, cancellationToken);
        var state = RoomState.Create(DemoRoom.RoomId, DemoRoom.Name);
        var context = new OperationContext("system", "DealRoom demo", clock.GetUtcNow());
        var committed = new List<CommittedOperation>();
        foreach (var (operation, index) in DemoRoom.Operations().Select((o, i) => (o, i)))
        {
            var result = state.Apply(operation, context);
            state = result.State ?? throw new InvalidOperationException($"Demo operation {index} is invalid: {result.Error?.Message}");
            committed.Add(new CommittedOperation(state.Version, $"demo-{index:D3}", context.AuthorId, context.AuthorName, context.At, result.Applied!));
        }

        await store.AppendAsync(DemoRoom.RoomId, committed, cancellationToken);
        LogSeeded(DemoRoom.RoomId, committed.Count);
        await DemoAccounts.SeedAsync(contexts, store, clock, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo room {RoomId} with {Count} operations")]
    private partial void LogSeeded(string roomId, int count);
}
