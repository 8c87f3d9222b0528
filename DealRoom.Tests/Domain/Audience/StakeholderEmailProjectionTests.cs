using DealRoom.Domain.Audience;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Tests.Domain.Audience;

/// <summary>A stakeholder's e-mail links them across the account's rooms: it is the team's, never a customer's.</summary>
public class StakeholderEmailProjectionTests
{
    private static readonly OperationContext Context = new("u", "Team", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ProjectOperation_ShouldDropTheEmail_WhenAVisibleStakeholderIsAddedOrUpdated()
    {
        var before = RoomState.Create("r", "Deal");
        var add = new AddStakeholder("sh-1", 0, 0, new Dictionary<string, string?>
        {
            ["name"] = "Maria", ["visibleToCustomer"] = "true", ["email"] = "maria@northwind.example",
        });
        var added = before.Apply(add, Context);
        var update = new UpdateStakeholder("sh-1", new Dictionary<string, string?> { ["email"] = "maria.s@northwind.example", ["title"] = "VP" });
        var updated = added.State!.Apply(update, Context);

        var projectedAdd = CustomerProjection.ProjectOperation(before, added.State!, added.Applied!).Operation as AddStakeholder;
        var projectedUpdate = CustomerProjection.ProjectOperation(added.State!, updated.State!, updated.Applied!).Operation as UpdateStakeholder;

        Assert.NotNull(projectedAdd);
        Assert.False(projectedAdd.Fields.ContainsKey("email"));
        Assert.NotNull(projectedUpdate);
        Assert.False(projectedUpdate.Fields.ContainsKey("email"));
        Assert.Null(CustomerProjection.Project(updated.State!).Stakeholders["sh-1"].Email);
    }
}
