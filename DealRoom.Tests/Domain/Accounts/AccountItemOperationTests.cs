using DealRoom.Domain.Accounts;
using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Serialization;

namespace DealRoom.Tests.Domain.Accounts;

/// <summary>setAccountItem and removeAccountItem: validation, per-item versions, the snapshot, and the customer's nothing.</summary>
public sealed class AccountItemOperationTests
{
    private static readonly OperationContext Nina = new("u-nina", "Nina Brooks", new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private static readonly OperationContext Alex = new("u-alex", "Alex Carter", new DateTimeOffset(2026, 12, 4, 9, 5, 0, TimeSpan.Zero));

    [Fact]
    public void Apply_ShouldRecordTheItemWithWhoAndWhenAndItsVersion_WhenANewItemIsSet()
    {
        var result = Account().Apply(new SetAccountItem("ai-1", AccountItemKind.FinancialPerformance, "  Revenue ", " 2.4 bn EUR ", "FY2025"), Nina);

        Assert.True(result.Succeeded);
        var item = result.State!.AccountItems["ai-1"];
        Assert.Equal(("Revenue", "2.4 bn EUR", "FY2025"), (item.Text, item.Figure, item.Period));
        Assert.Equal(("Nina Brooks", Nina.At, 1L), (item.RecordedByName, item.RecordedAt, item.Version));
        Assert.Equal("Revenue", ((SetAccountItem)result.Applied!).Text);
    }

    [Theory]
    [InlineData("", null, ErrorCodes.Required, "text")]
    [InlineData("x", "figure-too-long", ErrorCodes.TooLong, "figure")]
    public void Apply_ShouldRefuseTheItem_WhenItIsInvalid(string text, string? figure, string code, string field)
    {
        var result = Account().Apply(
            new SetAccountItem("ai-1", AccountItemKind.Challenge, text, figure == "figure-too-long" ? new string('9', 201) : figure, null), Nina);

        Assert.Equal((code, field), (result.Error?.Code, result.Error?.Field));
    }

    [Fact]
    public void Apply_ShouldRefuseAnUnknownKind_WhenTheKindIsOutOfRange()
    {
        var result = Account().Apply(new SetAccountItem("ai-1", (AccountItemKind)42, "Text", null, null), Nina);

        Assert.Equal(ErrorCodes.InvalidValue, result.Error?.Code);
    }

    [Fact]
    public void Apply_ShouldRefuseTheStaleCorrectionAndNameWhoChangedIt_WhenTheItemChangedSinceItsBase()
    {
        var state = Account().Apply(new SetAccountItem("ai-1", AccountItemKind.Vision, "Be first", null, null), Nina).State!;
        state = state.Apply(new SetAccountItem("ai-1", AccountItemKind.Vision, "Be best", null, null) { BaseVersion = 1 }, Nina).State!;

        var stale = state.Apply(new SetAccountItem("ai-1", AccountItemKind.Vision, "Be only", null, null) { BaseVersion = 1 }, Alex);
        var current = state.Apply(new SetAccountItem("ai-1", AccountItemKind.Vision, "Be only", null, null) { BaseVersion = 2 }, Alex);

        Assert.Equal(ErrorCodes.ChangedSince, stale.Error?.Code);
        Assert.Contains("Nina Brooks", stale.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Be best", stale.Error.Message, StringComparison.Ordinal);
        Assert.Equal(("Be only", "Alex Carter", 3L), (current.State!.AccountItems["ai-1"].Text, current.State.AccountItems["ai-1"].RecordedByName, current.State.AccountItems["ai-1"].Version));
    }

    [Fact]
    public void Apply_ShouldRemoveTheItemOrSayItIsNotThere_WhenAnItemIsRemoved()
    {
        var state = Account().Apply(new SetAccountItem("ai-1", AccountItemKind.Vision, "Be first", null, null), Nina).State!;

        var removed = state.Apply(new RemoveAccountItem("ai-1"), Alex);
        var again = removed.State!.Apply(new RemoveAccountItem("ai-1"), Alex);

        Assert.Empty(removed.State.AccountItems);
        Assert.Equal(ErrorCodes.NotFound, again.Error?.Code);
    }

    [Fact]
    public void Apply_ShouldRefuseAccountItems_WhenTheStateIsADealRoom()
    {
        var result = RoomState.Create("room-1", "Deal").Apply(new SetAccountItem("ai-1", AccountItemKind.Vision, "Leak", null, null), Nina);

        Assert.Equal(ErrorCodes.InvalidValue, result.Error?.Code);
    }

    [Fact]
    public void Snapshot_ShouldKeepTheItemsByteForByte_WhenTheAccountsStateIsWrittenAndReadBack()
    {
        var state = Account().Apply(new SetAccountItem("ai-1", AccountItemKind.FinancialPerformance, "Revenue", "2.4 bn EUR", "FY2025"), Nina).State!;

        var json = SnapshotJson.ToJson(state);

        Assert.Equal(json, SnapshotJson.ToJson(SnapshotJson.Parse(json)));
        Assert.Equal(state.AccountItems["ai-1"], SnapshotJson.Parse(json).AccountItems["ai-1"]);
        Assert.DoesNotContain("accountItems", SnapshotJson.ToJson(RoomState.Create("room-1", "Deal")), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerProjectionAndPermissions_ShouldGiveACustomerNothing_WhenAccountItemsAreEdited()
    {
        var before = Account();
        var set = new SetAccountItem("ai-1", AccountItemKind.Challenge, "Cash is tight", null, null);
        var after = before.Apply(set, Nina).State!;

        Assert.Empty(CustomerProjection.Project(after).AccountItems);
        Assert.Same(ProjectedChange.Nothing, CustomerProjection.ProjectOperation(before, after, set));
        Assert.Same(ProjectedChange.Nothing, CustomerProjection.ProjectOperation(after, after.Apply(new RemoveAccountItem("ai-1"), Nina).State!, new RemoveAccountItem("ai-1")));
        Assert.Equal(ErrorCodes.Forbidden, CustomerPermissions.Check(after, set, null)?.Code);
        Assert.Equal(ErrorCodes.Forbidden, CustomerPermissions.Check(after, new RemoveAccountItem("ai-1"), null)?.Code);
    }

    [Fact]
    public void Wire_ShouldRoundTripTheBaseVersion_WhenACorrectionIsWrittenAndRead()
    {
        var op = new SetAccountItem("ai-1", AccountItemKind.IndustryTrend, "Real-time visibility", null, null) { BaseVersion = 7 };

        var (read, error) = OperationJson.Parse(OperationJson.ToJson(op));

        Assert.Null(error);
        Assert.Equal(op, read);
    }

    [Fact]
    public void Replay_ShouldRebuildAByteIdenticalAccount_WhenItsLoggedOperationsAreReplayedFromJson()
    {
        var random = new Random(7);
        var state = Account();
        var log = new List<(string Json, OperationContext Context)>();
        for (var i = 0; i < 300; i++)
        {
            var id = $"ai-{random.Next(20)}";
            Operation op = random.Next(4) == 0
                ? new RemoveAccountItem(id)
                : new SetAccountItem(id, (AccountItemKind)random.Next(6), $"Item {i}", random.Next(2) == 0 ? null : $"{i} m", null)
                {
                    BaseVersion = state.AccountItems.TryGetValue(id, out var item) && random.Next(3) > 0 ? item.Version - random.Next(2) : null,
                };
            var context = random.Next(2) == 0 ? Nina : Alex;
            var result = state.Apply(op, context);
            if (result.Succeeded)
            {
                state = result.State!;
                log.Add((OperationJson.ToJson(result.Applied!), context));
            }
        }

        var replica = Account();
        foreach (var (json, context) in log)
        {
            replica = replica.Apply(OperationJson.Parse(json).Operation!, context).State!;
        }

        Assert.InRange(log.Count, 100, 299);
        Assert.Equal(SnapshotJson.ToJson(state), SnapshotJson.ToJson(replica));
    }

    private static RoomState Account() => RoomState.Create(AccountRoomIds.For("acc-1"), "Northwind");
}
