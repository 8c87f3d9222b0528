using Bunit;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web;

public class StakeholderNodeWidgetTests : BunitSetup
{
    [Fact]
    public void Render_ShouldShowNameTitleRoleStanceAndPowerInfluence()
    {
        // Arrange
        var state = ComponentRooms.With(new AddStakeholder("sh-erik", 10, 20, ComponentRooms.Fields(
            ("name", "Erik Lindqvist"), ("title", "Chief Financial Officer"), ("buyingRole", "EconomicBuyer"),
            ("stance", "Skeptic"), ("power", "5"), ("influence", "4"))));

        // Act
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, new StakeholderNode(state.Stakeholders["sh-erik"])));

        // Assert
        var card = cut.Find("[data-testid=stakeholder-card]");
        Assert.Contains("stance-skeptic", card.ClassList);
        Assert.Equal("Erik Lindqvist", cut.Find(".card-name").TextContent);
        Assert.Equal("Chief Financial Officer", cut.Find(".card-title").TextContent);
        Assert.Equal("Economic buyer", cut.Find(".role-badge").TextContent);
        Assert.Equal("Skeptic", cut.Find(".stance-label").TextContent);
        Assert.Equal("P5", cut.Find("[data-testid=power]").TextContent);
        Assert.Equal("I4", cut.Find("[data-testid=influence]").TextContent);
        Assert.Contains("width: 230px; height: 112px;", card.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldShowADashNotAThree_WhenPowerAndInfluenceAreNotAssessed()
    {
        // Arrange: added the ordinary way, with a name and a title.
        var state = ComponentRooms.With(new AddStakeholder("sh-tom", 0, 0, ComponentRooms.Fields(("name", "Tom Becker"), ("title", "IT Security Lead"))));

        // Act
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, new StakeholderNode(state.Stakeholders["sh-tom"])));

        // Assert
        var power = cut.Find("[data-testid=power]");
        Assert.Equal(("P–", "Power not assessed"), (power.TextContent, power.GetAttribute("title")));
        Assert.Contains("not-assessed", power.ClassList);
        Assert.Equal("I–", cut.Find("[data-testid=influence]").TextContent);
    }

    [Fact]
    public void Render_ShouldShowMarkupInANameAsText_WhenTheNameHoldsAScriptTag()
    {
        // Arrange
        const string name = "<script>alert('x')</script><b>Bold</b>";
        var state = ComponentRooms.With(new AddStakeholder("sh-x", 0, 0, ComponentRooms.Fields(("name", name))));

        // Act
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, new StakeholderNode(state.Stakeholders["sh-x"])));

        // Assert
        Assert.Equal(name, cut.Find(".card-name").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldRingTheCard_WhenOthersHaveItSelected()
    {
        // Arrange
        var state = ComponentRooms.With(new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))));
        var node = new StakeholderNode(state.Stakeholders["sh-a"]) { OthersColors = ["#d81b60"] };

        // Act
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, node));

        // Assert
        Assert.Contains("box-shadow: 0 0 0 3px #d81b60", cut.Find("[data-testid=stakeholder-card]").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldNameWhoHasTheCardSelected_OnTopOfTheirRings()
    {
        // Arrange
        var state = ComponentRooms.With(new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))));
        var node = new StakeholderNode(state.Stakeholders["sh-a"])
        {
            OthersColors = ["#d81b60", "#2e7d32"],
            OthersSelecting = [new SelectionMark("Sam <b>Patel</b>", "#d81b60"), new SelectionMark("Nina Brooks", "#2e7d32")],
        };

        // Act
        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, node));

        // Assert: one label per person, in their colour, clear of both rings; names are text, never markup.
        var names = cut.FindAll("[data-testid=selection-name]");
        Assert.Equal(["Sam <b>Patel</b>", "Nina Brooks"], names.Select(n => n.TextContent));
        Assert.Contains("#d81b60", names[0].GetAttribute("style"), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=selection-names] b"));
        Assert.Contains("margin-bottom: 8px", cut.Find("[data-testid=selection-names]").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldShowNoNames_WhenNobodyElseHasTheCardSelected()
    {
        var state = ComponentRooms.With(new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))));

        var cut = Render<StakeholderNodeWidget>(p => p.Add(x => x.Node, new StakeholderNode(state.Stakeholders["sh-a"])));

        Assert.Empty(cut.FindAll("[data-testid=selection-names]"));
    }
}
