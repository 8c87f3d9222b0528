using Bunit;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Stakeholders;

namespace DealRoom.Tests.Web.Stakeholders;

public class StakeholderTableTests : BunitSetup
{
    [Fact]
    public void Render_ShouldShowADashWithNotAssessed_WhenPowerAndInfluenceWereNeverEntered()
    {
        // Arrange: Erik assessed, Tom added with a name only.
        var state = ComponentRooms.With(
            new AddStakeholder("sh-erik", 0, 0, ComponentRooms.Fields(("name", "Erik"), ("power", "5"), ("influence", "4"))),
            new AddStakeholder("sh-tom", 0, 0, ComponentRooms.Fields(("name", "Tom"))));

        // Act
        var cut = Render<StakeholderTable>(p => p.Add(x => x.Items, state.Stakeholders.Values.ToList()));

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("td[data-label=Power]").Count));
        var power = cut.FindAll("td[data-label=Power]").Select(td => (td.TextContent, td.GetAttribute("title"))).OrderBy(t => t.TextContent, StringComparer.Ordinal).ToList();
        Assert.Equal([("5", "Power 5 of 5"), ("–", "Power not assessed")], power);
    }
}
