using DealRoom.Domain.Accounts;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The demo's accounts: Northwind Logistics with its profile, three opportunities in different phases (the CRM room
/// among them), a few leads and people shared across rooms; and Contoso Retail, a second, younger account.
/// </summary>
public static class DemoAccounts
{
    public const string ContosoId = "acc-contoso";
    public const string IberiaLeadId = "lead-northwind-iberia";
    public const string RouteLeadId = "lead-northwind-routes";
    public const string TelematicsLeadId = "lead-northwind-telematics";
    private const string Author = "Nina Brooks";

    /// <summary>The accounts the demo's executive account manager manages.</summary>
    public static IReadOnlyList<string> Managed => [DemoRoom.AccountId, ContosoId];

    public static async Task SeedAsync(IDbContextFactory<DealRoomDbContext> contexts, RoomStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.Accounts.Add(new AccountRecord { Id = ContosoId, Name = "Contoso Retail", Industry = "Retail", CreatedAt = now });
            var items = new (string Account, AccountItemKind Kind, string Text, string? Figure, string? Period)[]
            {
                (DemoRoom.AccountId, AccountItemKind.Vision, "The most reliable mid-size logistics partner in Northern Europe", null, null),
                (DemoRoom.AccountId, AccountItemKind.BusinessStrategy, "Grow contract logistics for e-commerce; leave low-margin spot freight", null, null),
                (DemoRoom.AccountId, AccountItemKind.StrategicInitiative, "Digital warehouse programme 2026–2027", null, null),
                (DemoRoom.AccountId, AccountItemKind.StrategicInitiative, "Fleet electrification by 2030", null, null),
                (DemoRoom.AccountId, AccountItemKind.Challenge, "Driver shortage and rising fuel costs", null, null),
                (DemoRoom.AccountId, AccountItemKind.IndustryTrend, "Shippers expect real-time visibility of every shipment", null, null),
                (DemoRoom.AccountId, AccountItemKind.FinancialPerformance, "Revenue", "2.4 bn EUR", "FY2025"),
                (DemoRoom.AccountId, AccountItemKind.FinancialPerformance, "EBIT margin", "4.1 %", "FY2025"),
                (ContosoId, AccountItemKind.StrategicInitiative, "Same-day delivery from stores", null, null),
            };
            foreach (var (item, i) in items.Select((x, i) => (x, i)))
            {
                db.AccountEdits.Add(new AccountEditRecord
                {
                    AccountId = item.Account, ItemId = $"ai-demo-{i:D2}", Kind = item.Kind, Text = item.Text, Figure = item.Figure, Period = item.Period,
                    AuthorId = "demo", AuthorName = Author, At = now,
                });
            }

            db.AccountLeads.AddRange(
                Lead(IberiaLeadId, DemoRoom.AccountId, "Live forecasting for the Iberian subsidiary", AccountLeadSource.ConfirmedValue,
                    "Maria Santos confirmed the warehouse analytics value: picking errors down 30%", AccountLeadStage.AccountLead, null, now),
                Lead(RouteLeadId, DemoRoom.AccountId, "Route optimisation with live traffic", AccountLeadSource.Trend,
                    "Shippers expect real-time visibility of every shipment", AccountLeadStage.Lead, null, now),
                Lead(TelematicsLeadId, DemoRoom.AccountId, "Fleet telematics", AccountLeadSource.Initiative,
                    "Fleet electrification by 2030", AccountLeadStage.Opportunity, DemoAccountRooms.TelematicsId, now),
                Lead("lead-contoso-stores", ContosoId, "Store stock visibility", AccountLeadSource.Initiative,
                    "Same-day delivery from stores", AccountLeadStage.AccountLead, null, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        var context = new OperationContext("system", "DealRoom demo", now);
        var crm = (await store.LoadAsync(DemoRoom.RoomId, cancellationToken))?.State;
        if (crm is not null)
        {
            await AppendAsync(store, crm, DemoAccountRooms.CrmEmails(), "demo-email", context, cancellationToken);
        }

        foreach (var (id, name, account, operations) in new[]
        {
            (DemoAccountRooms.WarehouseId, DemoAccountRooms.WarehouseName, DemoRoom.AccountId, DemoAccountRooms.Warehouse()),
            (DemoAccountRooms.TelematicsId, DemoAccountRooms.TelematicsName, DemoRoom.AccountId, DemoAccountRooms.Telematics()),
            (DemoAccountRooms.ContosoRoomId, DemoAccountRooms.ContosoRoomName, ContosoId, DemoAccountRooms.Contoso()),
        })
        {
            await store.CreateRoomAsync(id, name, account, cancellationToken);
            await AppendAsync(store, RoomState.Create(id, name), operations, "demo", context, cancellationToken);
        }
    }

    private static async Task AppendAsync(
        RoomStore store, RoomState state, IReadOnlyList<Operation> operations, string prefix, OperationContext context, CancellationToken cancellationToken)
    {
        var committed = new List<CommittedOperation>();
        foreach (var (operation, index) in operations.Select((o, i) => (o, i)))
        {
            var result = state.Apply(operation, context);
            state = result.State ?? throw new InvalidOperationException($"Demo operation {index} of {state.RoomId} is invalid: {result.Error?.Message}");
            committed.Add(new CommittedOperation(state.Version, $"{prefix}-{index:D3}", context.AuthorId, context.AuthorName, context.At, result.Applied!));
        }

        await store.AppendAsync(state.RoomId, committed, cancellationToken);
    }

    private static AccountLeadRecord Lead(
        string id, string account, string title, AccountLeadSource source, string text, AccountLeadStage stage, string? roomId, DateTimeOffset at) =>
        new()
        {
            Id = id, AccountId = account, Title = title, SourceKind = source, Source = text, Stage = stage, RoomId = roomId,
            CreatedByName = Author, CreatedAt = at, UpdatedAt = at,
        };
}
